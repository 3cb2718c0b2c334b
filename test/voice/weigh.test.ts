import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { weighFeedback } from '../../src/voice/weigh.js';

const dir = mkdtempSync(join(tmpdir(), 'servicediff-weigh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('weighing a feedback file', () => {
  it('keeps quotes masked, cleaned by the one text cleaner and cut, with an address near the cut masked whole', async () => {
    const file = join(dir, 'feedback.txt');
    const padding = 'The refund came back so fast and painless, brilliant service. '.repeat(3);
    writeFileSync(file, `${padding}\u001b[2J Write to jo.bloggs@mail.example.co.uk or ring 0161 496 0000 any time, lovely people.\n`);
    const result = await weighFeedback(file);
    const quote = result.elements.find((e) => e.id === 'returns')?.quotes.find((q) => q.sentiment === 'positive');
    expect(quote).toBeDefined();
    expect(quote!.text).not.toContain('\u001b');
    expect(quote!.text).not.toMatch(/jo\.bloggs|@mail|0161/);
    expect(Array.from(quote!.text).length).toBeLessThanOrEqual(200);
  });
});
