/**
 * Turns crawl events into what a person (or a machine) watching the scan wants: a one-line progress bar on a
 * terminal, plain log lines when piped, JSON lines with --json, nothing but problems with --quiet.
 */
import type { CrawlEvent } from '../crawl/crawl-types.js';
import { terminalLine } from '../report/escape.js';
import { count } from '../text/count.js';
import type { TextSource } from '../model.js';

export type ProgressMode = 'bar' | 'lines' | 'json' | 'quiet';

export interface ProgressSink {
  readonly onEvent: (event: CrawlEvent) => void;
  /** Clear the bar so the summary starts on a clean line. */
  readonly finish: () => void;
}

const BAR_WIDTH = 24;
/** What a page line says about how its text was read (nothing for plain HTML). */
const HOW_READ: Record<TextSource, string> = { static: '', payload: 'embedded data', endpoint: 'JSON endpoint', rendered: 'browser' };

/**
 * How a page line says its text was read, in brackets after its URL; a page not asked itself, its endpoint answering
 * unchanged, says when it last answered and which setting decides (the trade-off: a change to the page alone is seen
 * up to that many days late).
 */
function howRead(event: Extract<CrawlEvent, { type: 'page-done' }>): string {
  const how = HOW_READ[event.textFrom ?? (event.rendered ? 'rendered' : 'static')];
  const stood = event.pageAskedAt ? `the page itself last asked ${event.pageAskedAt.slice(0, 10)}, crawl.recheckMissingDays` : '';
  const said = [how, stood].filter((part) => part !== '').join('; ');
  return said === '' ? '' : ` (${said})`;
}

/** One problem as every command prints it: `  problem  <business>: <kind> — <reason> (<url>)`. */
export function problemLine(problem: { readonly business: string; readonly kind: string; readonly reason: string; readonly url: string }): string {
  return `  problem  ${problem.business}: ${problem.kind} — ${terminalLine(problem.reason)} (${terminalLine(problem.url)})`;
}

export function createProgress(mode: ProgressMode, write: (text: string) => void, businessesTotal: number): ProgressSink {
  let businessesDone = 0;
  let pagesPlanned = 0;
  let pagesDone = 0;
  let currentHost = '';
  let drawn = false;

  const draw = (): void => {
    const total = Math.max(pagesPlanned, 1);
    const filled = Math.round((pagesDone / total) * BAR_WIDTH);
    const bar = '█'.repeat(Math.min(filled, BAR_WIDTH)) + '░'.repeat(Math.max(BAR_WIDTH - filled, 0));
    const line = `${bar} businesses ${businessesDone}/${businessesTotal} · pages ${pagesDone}/${pagesPlanned} · ${terminalLine(currentHost)}`;
    write(`\r\u001b[2K${line.slice(0, 120)}`);
    drawn = true;
  };

  const onEvent = (event: CrawlEvent): void => {
    if (mode === 'json') {
      write(`${JSON.stringify({ ...event, at: new Date().toISOString() })}\n`);
      return;
    }
    switch (event.type) {
      case 'business-start':
        currentHost = event.host;
        if (mode === 'lines') write(`scanning ${event.business} (${terminalLine(event.host)})\n`);
        break;
      case 'pages-planned':
        pagesPlanned += event.count;
        break;
      case 'page-done':
        pagesDone++;
        if (mode === 'lines') write(`  ${event.status.padEnd(9)} ${terminalLine(event.url)}${howRead(event)}\n`);
        break;
      case 'problem':
        if (mode === 'bar' && drawn) write('\r\u001b[2K');
        write(`${problemLine(event)}\n`);
        break;
      case 'business-done':
        businessesDone++;
        if (mode === 'lines') write(`done ${event.business}: ${count(event.pages, 'page')}, ${count(event.problems, 'problem')}\n`);
        break;
    }
    if (mode === 'bar') draw();
  };

  return {
    onEvent,
    finish: () => {
      if (mode === 'bar' && drawn) write('\r\u001b[2K');
    },
  };
}
