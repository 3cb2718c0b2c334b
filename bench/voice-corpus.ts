/**
 * The in-house labelled feedback set (test/voice-corpus/, README there): one file per fictional shop, one item per
 * line as `elements ; sentiment ; rating ; text`. Read by `npm run bench:voice`, `npm run train:voice` (tuning split
 * only) and the regression tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isElementId, type ElementId } from '../src/voice/elements.js';
import type { Sentiment } from '../src/voice/sentiment.js';

export const VOICE_CORPUS = fileURLToPath(new URL('../test/voice-corpus/', import.meta.url));
export type Split = 'tuning' | 'heldout';
/**
 * How an item is written: `line` for the one- or two-sentence reviews the set began with, `story` for the files whose
 * header says `# form: story` — blog-post length items written to the shape of the real reviews (README). They are
 * scored apart as well as together, because the rules read the two very differently.
 */
export type Form = 'line' | 'story';
/** The header line that marks a shop file's items as story-form. */
const STORY_DIRECTIVE = /^#\s*form:\s*story\s*$/m;

export interface LabelledItem {
  readonly shop: string;
  /** "shop:line" — where to look when the bench lists a miss. */
  readonly id: string;
  readonly text: string;
  readonly elements: ElementId[];
  readonly sentiment: Sentiment;
  readonly rating?: number;
  readonly form: Form;
}

const SENTIMENTS: Record<string, Sentiment> = { pos: 'positive', neg: 'negative', mix: 'mixed', neu: 'neutral' };

export function loadVoiceCorpus(split: Split): LabelledItem[] {
  const dir = join(VOICE_CORPUS, split);
  const items: LabelledItem[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const shop = file.replace(/\.txt$/, '');
    const content = readFileSync(join(dir, file), 'utf8');
    const form: Form = STORY_DIRECTIVE.test(content) ? 'story' : 'line';
    content
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim() || line.startsWith('#')) return;
        const [elementsField, sentimentField, ratingField, ...rest] = line.split(' ; ');
        const elements = (elementsField ?? '').split(',').map((e) => e.trim());
        const sentiment = SENTIMENTS[(sentimentField ?? '').trim()];
        const bad = elements.find((e) => !isElementId(e));
        if (bad !== undefined || !sentiment || rest.length === 0) throw new Error(`${split}/${file}:${i + 1}: cannot read "${line}" (element "${bad ?? ''}")`);
        const rating = Number(ratingField);
        items.push({
          shop,
          id: `${shop}:${i + 1}`,
          text: rest.join(' ; '),
          elements: elements as ElementId[],
          sentiment,
          form,
          ...(Number.isFinite(rating) && ratingField?.trim() !== '-' ? { rating } : {}),
        });
      });
  }
  return items;
}
