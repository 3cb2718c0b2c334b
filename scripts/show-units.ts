/**
 * Tuning aid: print a text the way the rules read it — one unit per line with its kind, section topic, heading path
 * and normalised text. `npx tsx scripts/show-units.ts test/corpus/tuning/205-*.txt [--grep WORD]`
 * (Never point it at test/corpus/heldout.)
 */
import { readFileSync } from 'node:fs';
import { pageText } from '../src/extract/page-text.js';
import { toUnits } from '../src/extract/extract-terms.js';

const args = process.argv.slice(2);
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? new RegExp(args[grepAt + 1] ?? '', 'i') : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (grepAt < 0 || i !== grepAt + 1));
for (const file of files) {
  if (file.includes('heldout')) throw new Error('show-units reads tuning texts only: the held-out split stays unseen');
  const body = readFileSync(file, 'utf8');
  const units = toUnits(pageText(body, file.endsWith('.txt') ? 'text/plain' : 'text/html').blocks);
  console.log(`== ${file}`);
  for (const u of units) {
    if (grep && !grep.test(u.norm)) continue;
    console.log(`${u.kind.padEnd(9)} ${(u.sectionTopic ?? '-').padEnd(9)} [${u.headingPath.join(' › ')}] ${u.norm}`);
  }
}
