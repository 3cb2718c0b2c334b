#!/usr/bin/env node
/**
 * servicediff's entry: the command table, lazy loading of one command module, and the user-error / bug split.
 * This is the only place that calls process.exit.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, isServicediffError, type ExitCode } from '../errors.js';
import type { CommandSpec, GlobalOptions } from './command-spec.js';
import { flushOutput, processOutput, stdoutClosed } from './output.js';
import { VERSION } from '../version.js';

/** Command name → one-line description. Each has a module src/cli/commands/<name>.ts exporting `command`. */
const COMMANDS: Record<string, string> = {
  init: 'write a commented starter config (config/servicediff.yaml)',
  check: 'validate the config; with --online, show what a scan would read and why (nothing stored)',
  demo: 'scan embedded demo shops on loopback and write a report (no internet needed)',
  scan: 'discover, fetch and extract the policy pages of you and every competitor; store the scan',
  extract: 'print the terms one page states, as JSON (file, -, or an http(s) URL)',
  compare: 'terms × businesses in the terminal: identical, better or worse than you',
  report: 'write the markdown (and --html) report to data/reports/',
  history: 'the term-level change log, newest first',
  reextract: 're-run the extractor over stored page snapshots, without the network',
  schedule: 'run scan + report on a cron schedule, or print crontab/systemd/GitHub Actions set-ups',
  weigh: 'tier service elements by what customers say in a review/survey/ticket export; --write weighs compare and report',
};

/** One static import per command, so only the wanted command's stages load (and a bundler can see every one). */
const LOADERS: Record<string, () => Promise<{ command: CommandSpec }>> = {
  init: () => import('./commands/init.js'),
  check: () => import('./commands/check.js'),
  demo: () => import('./commands/demo.js'),
  scan: () => import('./commands/scan.js'),
  extract: () => import('./commands/extract.js'),
  compare: () => import('./commands/compare.js'),
  report: () => import('./commands/report.js'),
  history: () => import('./commands/history.js'),
  reextract: () => import('./commands/reextract.js'),
  schedule: () => import('./commands/schedule.js'),
  weigh: () => import('./commands/weigh.js'),
};

async function loadCommand(name: string): Promise<CommandSpec> {
  const load = LOADERS[name];
  if (!load) throw new Error(`no module for command ${name}`);
  return (await load()).command;
}

export async function main(argv: string[]): Promise<ExitCode> {
  const output = processOutput();
  const controller = new AbortController();
  let interrupted = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted++;
    if (interrupted > 1) process.exit(130); // a second Ctrl-C means "now"
    output.err(`servicediff: ${signal} received, stopping after the current page…`);
    controller.abort(new Error(signal));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const program = new Command('servicediff')
    .description('Compare your published service policy with your competitors’, term by term, with evidence.')
    .version(VERSION, '-V, --version')
    .option('-c, --config <path>', 'config file', 'config/servicediff.yaml')
    .option('--db <path>', 'database file (default: SERVICEDIFF_DB or store.db from config)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void (stdoutClosed() ? undefined : process.stdout.write(text)),
      writeErr: () => undefined, // errors are printed once, below, as one line
    });

  const wanted = argv.find((a) => !a.startsWith('-') && a in COMMANDS);
  let exitCode: ExitCode = EXIT.ok;
  for (const [name, description] of Object.entries(COMMANDS)) {
    const sub = program.command(name).description(description);
    if (name === wanted) {
      const spec = await loadCommand(name);
      spec.configure(sub);
      sub.action(async (...actionArgs: unknown[]) => {
        const cmd = actionArgs[actionArgs.length - 1] as Command;
        const options = cmd.opts<Record<string, unknown>>();
        const global = program.opts<GlobalOptions>();
        exitCode = await spec.run(cmd.args, options, { global, output, signal: controller.signal, env: process.env });
      });
    }
  }

  const unknownCommand = (name: string): ExitCode => {
    output.err(`servicediff: unknown command "${name}" — run \`servicediff --help\` to see the commands`);
    return EXIT.usage;
  };
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (!wanted && !argv.some((a) => a === '-h' || a === '--help' || a === '-V')) {
      const unknown = argv.find((a) => !a.startsWith('-'));
      if (unknown) return unknownCommand(unknown);
      program.outputHelp();
    }
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok; // --help, --version
      if (error.code === 'commander.help') {
        // commander throws '(outputHelp)' both for `help <name>` naming no command and for no command at all.
        const help = argv.indexOf('help');
        if (help >= 0) return unknownCommand(argv[help + 1] ?? '');
        program.outputHelp();
        return EXIT.usage;
      }
      output.err(`servicediff: ${error.message.replace(/^error: /, '').split('\n')[0]} — run \`servicediff ${wanted ?? ''} --help\``.replace('  --', ' --'));
      return EXIT.usage;
    }
    if (isServicediffError(error)) {
      output.err(`servicediff: ${error.oneLine()}`);
      return error.exitCode;
    }
    output.err(`servicediff: unexpected error (a bug — please report it with this output):`);
    output.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.bug;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const code = await main(process.argv.slice(2));
// Exit only once stdout and stderr have drained (a pipe holds 64 KB; exiting earlier cuts the output silently), and
// explicitly, because open handles must not keep a CLI alive. A reader that went away early is no failure.
process.exitCode = code;
await flushOutput();
process.exit(code);
