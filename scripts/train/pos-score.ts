import type { GermanPosTagger } from '../../src/core/pos/tagger.js';
import type { PosSentence } from './pos-data.js';

export interface GoldTokenScores {
  tokens: number;
  upos: string;
  xpos: string;
  lemma: string;
}

/** Accuracy (percent, 2 decimals) of tagging gold-tokenised sentences. */
export function scoreGoldTokens(
  tagger: GermanPosTagger,
  sentences: PosSentence[],
  onError?: (
    kind: 'upos' | 'lemma',
    gold: PosSentence[number],
    got: { upos: string; xpos: string; lemma: string },
  ) => void,
): GoldTokenScores {
  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  for (const s of sentences) {
    const got = tagger.analyse(s.map((t) => t.form));
    s.forEach((gold, i) => {
      const g = got[i]!;
      n++;
      if (g.upos === gold.upos) upos++;
      else onError?.('upos', gold, g);
      if (g.xpos === gold.xpos) xpos++;
      if (g.lemma === gold.lemma) lemma++;
      else onError?.('lemma', gold, g);
    });
  }
  const pct = (k: number) => ((100 * k) / Math.max(1, n)).toFixed(2);
  return { tokens: n, upos: pct(upos), xpos: pct(xpos), lemma: pct(lemma) };
}
