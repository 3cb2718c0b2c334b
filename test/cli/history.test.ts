/**
 * `servicediff history` as a real child process over a real db: newest first, filters, formats, escaping of crawled
 * text for the terminal, one-line errors for unknown business/term/date, a missing db, and a corrupt db (D2).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { TermChange } from '../../src/model.js';
import { spawnTs, within } from '../store/fixtures/child.js';
import { business, okPage, scanOf } from '../store/fixtures/scan-builder.js';

let dir: string;
let config: string;
let db: string;

const W1 = '2026-01-05T06:00:00.000Z';
const W2 = '2026-01-12T06:00:00.000Z';
const RIVAL = 'https://rival.example/returns';
/** In-house evidence carrying an ANSI escape and a right-to-left override, as a hostile page could. */
const HOSTILE = 'Returns accepted within 14 days.\u001b[31m RED\u001b[0m \u202Eevil\u202C';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-history-'));
  db = join(dir, 'data', 'servicediff.json');
  config = join(dir, 'servicediff.yaml');
  await writeFile(
    config,
    ['you:', '  name: You Shop', '  site: https://you.example', 'competitors:', '  - name: Rival', '    site: https://rival.example', '  - name: Quiet Co', '    site: https://quiet.example', ''].join('\n'),
  );
  const store = await openStore(db, { snapshotsDir: join(dir, 'data', 'snapshots'), lock: true, writer: 'scan', create: true });
  await store.recordScan(
    scanOf(W1, [
      business('rival', [okPage(RIVAL, 'body one', { 'returns.window_days': { value: 30, evidence: 'Returns accepted within 30 days.', confidence: 0.9 } }, W1)]),
      business('you-shop', [okPage('https://you.example/returns', 'mine', { 'returns.window_days': { value: 60, evidence: 'Sixty days to return.', confidence: 0.9 } }, W1)], true),
    ]),
  );
  await store.recordScan(
    scanOf(W2, [
      business('rival', [
        okPage(RIVAL, 'body two', {
          'returns.window_days': { value: 14, evidence: HOSTILE, confidence: 0.9 },
          'returns.restocking_fee': { value: { percent: 15 }, evidence: 'A 15% | restocking fee applies.', confidence: 0.8 },
        }, W2),
      ]),
    ]),
  );
  await store.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function history(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const child = spawnTs('src/cli/main.ts', ['--config', config, ...args], { ...process.env, NO_COLOR: '1', SERVICEDIFF_DB: '', ...env });
  const code = await within(child.exited, 60_000, 'servicediff history exit');
  return { code, stdout: child.stdout, stderr: child.stderr };
}

describe('servicediff history', () => {
  it('when run as a table then changes are newest first, aligned, and crawled control/bidi characters are stripped', async () => {
    const { code, stdout, stderr } = await history(['history', '--db', db]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    // Values in the words of the reports (issue 13, defect 9: one value formatter for every output).
    expect(lines[0]).toBe('SEEN        BUSINESS  TERM                    CHANGE             CAUSE');
    expect(lines.filter((l) => /^\d{4}-/.test(l))).toEqual([
      '2026-01-12  Rival     returns.window_days     30 days → 14 days  scan',
      '2026-01-12  Rival     returns.restocking_fee  appeared: 15%      scan',
      '2026-01-05  Rival     returns.window_days     appeared: 30 days  scan',
      '2026-01-05  You Shop  returns.window_days     appeared: 60 days  scan',
    ]);
    expect(stdout).toContain('“Returns accepted within 14 days. RED evil” https://rival.example/returns');
    expect(stdout).not.toMatch(/[\u001b\u202e\u202c]/);
  });

  it('when filtered by a unique beginning of the business, term and since then only matching changes print, as JSON', async () => {
    const { code, stdout } = await history(['history', 'riv', '--term', 'returns.window_days', '--since', '2026-01-10', '--format', 'json'], { SERVICEDIFF_DB: db });
    expect(code).toBe(0);
    const changes = JSON.parse(stdout) as TermChange[];
    expect(changes).toEqual([
      expect.objectContaining({ business: 'rival', term: 'returns.window_days', kind: 'changed', before: 30, after: 14, seenAt: W2, cause: 'scan', url: RIVAL }),
    ]);
  });

  it('when run as markdown then table cells are escaped and evidence before/after is quoted with the page', async () => {
    const { code, stdout } = await history(['history', 'Rival', '--format', 'md', '--db', db]);
    expect(code).toBe(0);
    expect(stdout).toContain('| Seen | Business | Term | Change | Evidence before | Evidence after | Cause |');
    expect(stdout).toContain('| 2026-01-12 | Rival | `returns.restocking_fee` | appeared: 15% |  | “A 15% \\| restocking fee applies.” <https://rival.example/returns> | scan |');
    expect(stdout).toContain('“Returns accepted within 30 days.”');
  });

  it.each([
    [['history', 'nobody'], 'servicediff: unknown business "nobody" — valid names: You Shop, Rival, Quiet Co'],
    [['history', '--term', 'returns.days'], 'servicediff: --term "returns.days": unknown term id — valid ids: returns.accepted, returns.window_days,'],
    [['history', '--term', 'shiping.free_treshold'], 'servicediff: --term "shiping.free_treshold": unknown term id (did you mean "shipping.free_threshold"?) — valid ids: returns.accepted,'],
    [['history', '--since', 'last week'], 'servicediff: --since "last week": not a date — expected YYYY-MM-DD'],
    [['history', '--since', '2026-02-31'], 'servicediff: --since "2026-02-31": no such day in the calendar — expected YYYY-MM-DD'],
    [['history', '--format', 'html'], 'servicediff: --format "html": expected one of table, md, json'],
  ])('when given %j then it exits 2 with one line naming the valid choices', async (args, message) => {
    const { code, stdout, stderr } = await history([...args, '--db', db]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it('when scan, compare and history are given a name then one matcher reads it and a miss is worded alike (issue 13)', { timeout: 120_000 }, async () => {
    const misses = await Promise.all(
      [['scan', 'rivl'], ['compare', 'rivl'], ['history', 'rivl']].map((args) => history([...args, '--db', db])),
    );
    for (const miss of misses) {
      expect(miss.code).toBe(2);
      expect(miss.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(miss.stderr).toMatch(/^servicediff: unknown business "rivl" \(did you mean "Rival"\?\) — valid names: (You Shop, )?Rival, Quiet Co\n$/);
    }
    // Any case, the id, or a unique beginning: the same business for compare and history.
    const [compared, logged] = await Promise.all([history(['compare', 'QUIET', '--format', 'json', '--db', db]), history(['history', 'RIV', '--db', db])]);
    expect(compared.stderr).toBe('');
    expect(compared.code).toBe(0);
    expect(compared.stdout).toContain('Quiet Co');
    expect(compared.stdout).not.toContain('"Rival"');
    expect(logged.code).toBe(0);
    expect(logged.stdout).toContain('Rival');
    expect(logged.stdout).not.toContain('You Shop');
  });

  it('when the db does not exist then it exits 3 with "no scan yet" naming the path, creating nothing', async () => {
    const missing = join(dir, 'nowhere', 'servicediff.json');
    const { code, stderr } = await history(['history', '--db', missing]);
    expect(code).toBe(3);
    expect(stderr).toBe(`servicediff: no scan yet: run \`servicediff scan\` first (looked for ${missing})\n`);
  });

  it('D2: when the db is truncated then it exits 3 with one line naming the file and the backup', async () => {
    const broken = join(dir, 'broken', 'servicediff.json');
    await mkdir(join(dir, 'broken'));
    await writeFile(broken, '{"schemaVersion":1,"businesses":{"riv');
    await writeFile(`${broken}.bak`, '{}');
    const { code, stderr } = await history(['history', '--db', broken]);
    expect(code).toBe(3);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${broken}: database is unreadable (truncated or invalid JSON`);
    expect(stderr).toContain(`cp ${broken}.bak ${broken}`);
  });
});
