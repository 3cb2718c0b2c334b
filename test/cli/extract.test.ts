import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// README's `servicediff extract` sample, run as written: the page its printf writes, the command, the terms it shows.
describe("README's extract sample", () => {
  it('is what `servicediff extract returns.html --url …` prints (the keys README shows of each term)', async () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const printf = /^\$ printf '(.*)' > returns\.html$/m.exec(readme);
    expect(printf, 'README has no printf line for returns.html').not.toBeNull();
    const command = '$ servicediff extract returns.html --url https://shop.example/returns\n';
    const start = readme.indexOf(command) + command.length;
    const shown = JSON.parse(readme.slice(start, readme.indexOf('```', start))) as { url: string; category: string[]; terms: Record<string, Record<string, unknown>> };

    const dir = mkdtempSync(join(tmpdir(), 'sd-extract-readme-'));
    try {
      writeFileSync(join(dir, 'returns.html'), printf![1]!.replace(/%%/g, '%'));
      const result = await runCli(['extract', 'returns.html', '--url', 'https://shop.example/returns'], { cwd: dir });
      expect(result.code).toBe(0);
      const printed = JSON.parse(result.stdout) as typeof shown;
      expect(printed.url).toBe(shown.url);
      expect(printed.category).toEqual(shown.category);
      expect(Object.keys(printed.terms)).toEqual(Object.keys(shown.terms));
      for (const [term, fields] of Object.entries(shown.terms)) {
        for (const [key, value] of Object.entries(fields)) expect(printed.terms[term]![key], `${term}.${key}`).toEqual(value);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
