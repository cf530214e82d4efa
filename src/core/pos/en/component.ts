import type { Doc } from '../../doc.js';
import type { PipelineComponent } from '../../pipeline/pipeline.js';
import type { PosAnalysis } from '../tagger.js';
import { splitContraction } from './clitics.js';
import { EnglishPosTagger } from './tagger.js';

/** Most words tagged at once when a document has no sentence layer. */
const MAX_CHUNK = 200;

/**
 * Tags the surface tokens `forms` (one sentence) as UD words: contractions are
 * split ("don't" → "do" + "n't"), tagged in context, and each word is reported
 * with its token's index and its part number (0 for the host word).
 */
export function tagEnglishTokens(
  tagger: EnglishPosTagger,
  forms: readonly string[],
  onWord: (token: number, part: number, analysis: PosAnalysis) => void,
): void {
  const words: string[] = [];
  const owner: number[] = [];
  const part: number[] = [];
  forms.forEach((form, t) => {
    splitContraction(form).forEach((w, k) => {
      words.push(w);
      owner.push(t);
      part.push(k);
    });
  });
  for (let start = 0; start < words.length; start += MAX_CHUNK) {
    const end = Math.min(words.length, start + MAX_CHUNK);
    const ids = tagger.tagIds(words, start, end);
    for (let k = 0; k < ids.length; k++) {
      const { xpos, upos } = tagger.label(ids[k]!);
      onWord(owner[start + k]!, part[start + k]!, {
        upos,
        xpos,
        lemma: tagger.lemmaOfLast(k, xpos),
      });
    }
  }
}

/**
 * Pipeline component filling `tokens[].upos/xpos/lemma` of an English document,
 * sentence by sentence (after the tokenizer and sentence splitter). A contraction
 * kept as one token ("don't", "Bush's") gets the tags and lemma of its host word
 * ("do" AUX, "Bush" PROPN); its clitic is tagged in context but not stored.
 */
export function createEnglishPosTagger(model: Uint8Array | EnglishPosTagger): PipelineComponent {
  const tagger = model instanceof EnglishPosTagger ? model : EnglishPosTagger.fromBytes(model);
  return {
    name: 'pos',
    apply(doc: Doc) {
      const tokens = doc.tokens;
      const tagRange = (from: number, to: number) => {
        if (to <= from) return;
        const forms: string[] = [];
        for (let i = from; i < to; i++)
          forms.push(doc.text.slice(tokens[i]!.start, tokens[i]!.end));
        tagEnglishTokens(tagger, forms, (t, k, a) => {
          if (k !== 0) return;
          const token = tokens[from + t]!;
          token.upos = a.upos;
          token.xpos = a.xpos;
          token.lemma = a.lemma;
        });
      };
      let t = 0;
      for (const sentence of doc.sentences) {
        const before = t;
        while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
        // Tokens between sentences (rare): each on its own.
        for (let i = before; i < t; i++) tagRange(i, i + 1);
        const first = t;
        while (t < tokens.length && tokens[t]!.start < sentence.end) t++;
        tagRange(first, t);
      }
      for (let start = t; start < tokens.length; start += MAX_CHUNK)
        tagRange(start, Math.min(tokens.length, start + MAX_CHUNK));
    },
  };
}
