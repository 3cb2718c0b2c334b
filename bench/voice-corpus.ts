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

export interface LabelledItem {
  readonly shop: string;
  /** "shop:line" — where to look when the bench lists a miss. */
  readonly id: string;
  readonly text: string;
  readonly elements: ElementId[];
  readonly sentiment: Sentiment;
  readonly rating?: number;
}

const SENTIMENTS: Record<string, Sentiment> = { pos: 'positive', neg: 'negative', mix: 'mixed', neu: 'neutral' };

export function loadVoiceCorpus(split: Split): LabelledItem[] {
  const dir = join(VOICE_CORPUS, split);
  const items: LabelledItem[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const shop = file.replace(/\.txt$/, '');
    readFileSync(join(dir, file), 'utf8')
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
          ...(Number.isFinite(rating) && ratingField?.trim() !== '-' ? { rating } : {}),
        });
      });
  }
  return items;
}
