import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The entry's user-error / bug split (src/cli/main.ts): every wrong command line is one stderr line and exit 2.
describe('servicediff help <command>', () => {
  it('prints the command help for a known command, exit 0', async () => {
    const result = await runCli(['help', 'scan']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: servicediff scan \[options\] \[business\.\.\.\]/);
  });

  it('names an unknown command in one line instead of "(outputHelp)", exit 2', async () => {
    const result = await runCli(['help', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('servicediff: unknown command "nope" — run `servicediff --help` to see the commands\n');
  });

  it('with no command at all prints the commands, not an unknown command "", exit 2', async () => {
    for (const args of [[], ['--db', 'x.json']]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toMatch(/^Usage: servicediff \[options\] \[command\]/);
      expect(result.stderr, args.join(' ')).not.toContain('unknown command');
    }
  });
});
