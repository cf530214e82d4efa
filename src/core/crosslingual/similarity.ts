import type { SentenceFacts } from './facts.js';
import type { WordLinker } from './link.js';
import { sameAmount, sameDigitsOtherUnit } from './numbers.js';
import type { CrossLang } from './words.js';

/** A figure says more about which sentence is which than a word: it is rarer. */
const FIGURE_WEIGHT = 2;

/**
 * How alike a sentence and a sentence of the other language are, 0…1: the
 * share of both sides' content words and figures that have a counterpart on
 * the other side (a Dice coefficient over linked items). A figure counts as
 * met when the other side gives the same amount, or the same digits with
 * another unit — a translation error still marks the sentence it is in.
 */
export function crossSimilarity(
  linker: WordLinker,
  a: SentenceFacts,
  la: CrossLang,
  b: SentenceFacts,
  lb: CrossLang,
): number {
  const total =
    a.words.length + b.words.length + FIGURE_WEIGHT * (a.figures.length + b.figures.length);
  if (total === 0) return 0;
  let met = 0;
  for (const wa of a.words) if (b.words.some((wb) => linker.linked(wa, la, wb, lb))) met++;
  for (const wb of b.words) if (a.words.some((wa) => linker.linked(wa, la, wb, lb))) met++;
  const figureMet = (x: SentenceFacts['figures'][number], others: SentenceFacts['figures']) =>
    others.some((y) => sameAmount(x, y) || sameDigitsOtherUnit(x, y));
  for (const f of a.figures) if (figureMet(f, b.figures)) met += FIGURE_WEIGHT;
  for (const f of b.figures) if (figureMet(f, a.figures)) met += FIGURE_WEIGHT;
  return met / total;
}
