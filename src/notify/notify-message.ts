/**
 * Decide whether a cycle's result deserves a message (notify.on), and build it: a `text` that Slack and Teams
 * incoming webhooks show, the same text as `content` for Discord, and the structured changes for machines.
 */
import type { CrawlProblem } from '../model.js';
import { changeText, LOW_CONFIDENCE_WORDS, unsureMark } from '../report/format-value.js';
import { count } from '../text/count.js';
import type { BeatenOnCrucial, CycleResult } from '../schedule/cycle-types.js';

export type NotifyTrigger = 'changes' | 'problems' | 'beaten-on-crucial';

/** Discord refuses `content` over 2000 characters; Slack folds long text. Keep the text under both. */
const MAX_TEXT_CHARS = 1900;
/** Lines listed per section before "… and N more": three full sections still fit MAX_TEXT_CHARS. */
const MAX_LINES_PER_SECTION = 5;
/** Characters per listed line. */
const MAX_LINE_CHARS = 100;

export interface NotifyPayload {
  readonly text: string;
  /** Discord's field for the same text. */
  readonly content: string;
  readonly changes: CycleResult['changes'];
  readonly problems: CrawlProblem[];
  readonly beatenOnCrucial: BeatenOnCrucial[];
  readonly reportPath?: string;
}

/**
 * Problem kinds that are not news: a shop without, say, a warranty page has not failed (the scan's exit code agrees),
 * and telling the owner so every week would bury the messages that matter.
 */
const NOT_NEWS: ReadonlySet<CrawlProblem['kind']> = new Set(['not-found']);

/** A stable key for a problem, to tell new problems from ones already reported by the previous cycle. */
function problemKey(problem: CrawlProblem): string {
  return `${problem.business} ${problem.kind} ${problem.url}`;
}

/** Problems of this cycle worth a message that the previous cycle did not have (all of them when there was none). */
export function newProblems(current: readonly CrawlProblem[], previous?: readonly CrawlProblem[]): CrawlProblem[] {
  const seen = new Set((previous ?? []).map(problemKey));
  return current.filter((p) => !NOT_NEWS.has(p.kind) && !seen.has(problemKey(p)));
}

/**
 * Crucial-term defeats this cycle that the previous cycle did not have: "now beats you" is news, not a weekly reminder.
 * A defeat read with low confidence last week and surely this week is news too: only now can it alert.
 */
export function newDefeats(current: readonly BeatenOnCrucial[], previous?: readonly BeatenOnCrucial[]): BeatenOnCrucial[] {
  if (!previous) return [...current];
  const key = (b: BeatenOnCrucial): string => `${b.competitor} ${b.term}${b.unsure ? ' unsure' : ''}`;
  const seen = new Set(previous.map(key));
  return current.filter((b) => !seen.has(key(b)));
}

/** Which of the configured triggers this result fires; empty means "send nothing". */
export function firedTriggers(
  result: Pick<CycleResult, 'changes' | 'beatenOnCrucial'> & { readonly problems: readonly CrawlProblem[] },
  on: readonly NotifyTrigger[],
): NotifyTrigger[] {
  const fired: NotifyTrigger[] = [];
  if (on.includes('changes') && result.changes.length > 0) fired.push('changes');
  if (on.includes('problems') && result.problems.length > 0) fired.push('problems');
  // A defeat resting on a value read with low confidence may be a misreading: it is listed when a message goes out for
  // another reason, marked, but never sends one by itself.
  if (on.includes('beaten-on-crucial') && result.beatenOnCrucial.some((b) => !b.unsure)) fired.push('beaten-on-crucial');
  return fired;
}

/** The message for one cycle; `problems` are the new ones. */
export function buildPayload(result: CycleResult, problems: readonly CrawlProblem[]): NotifyPayload {
  const lines: string[] = ['servicediff: weekly policy scan'];
  section(
    lines,
    count(result.changes.length, 'term change'),
    result.changes.map((c) => `${c.businessName}: ${c.term} ${c.kind === 'changed' ? `changed ${changeText(c)}` : changeText(c)}`),
  );
  section(
    lines,
    `${count(result.beatenOnCrucial.length, 'crucial term')} where a competitor now beats you`,
    result.beatenOnCrucial.map((b) => `${b.competitor} on ${b.term}${b.unsure ? `${unsureMark(true)} (unsure: ${LOW_CONFIDENCE_WORDS})` : ''}`),
  );
  section(lines, count(problems.length, 'new crawl problem'), problems.map((p) => `${p.business}: ${p.kind} — ${p.reason}`));
  if (result.reportPath) lines.push(`Report: ${result.reportPath}`);
  let text = lines.join('\n');
  if (text.length > MAX_TEXT_CHARS) text = `${text.slice(0, MAX_TEXT_CHARS - 1)}…`;
  return {
    text,
    content: text,
    changes: result.changes,
    problems: [...problems],
    beatenOnCrucial: result.beatenOnCrucial,
    reportPath: result.reportPath,
  };
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push('', `${title}:`);
  for (const item of items.slice(0, MAX_LINES_PER_SECTION)) lines.push(`• ${clip(item.replace(/\s+/g, ' '), MAX_LINE_CHARS)}`);
  if (items.length > MAX_LINES_PER_SECTION) lines.push(`• … and ${items.length - MAX_LINES_PER_SECTION} more`);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


