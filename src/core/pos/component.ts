import type { Doc } from '../doc.js';
import type { PipelineComponent } from '../pipeline/pipeline.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { decodeSequenceModel } from '../tagging/format.js';
import { GermanPosTagger } from './tagger.js';

/** Longest stretch tagged at once when a document has no sentence layer. */
const MAX_CHUNK = 200;

/**
 * Pipeline component filling `tokens[].upos/xpos/lemma`. Runs after the tokenizer
 * and sentence splitter; tags sentence by sentence, then lemmatises with the
 * document's names in view (so "Müllers" loses its genitive -s when "Müller" occurs).
 */
export function createPosTagger(
  model: Uint8Array | GermanPosTagger,
  lexicon?: Lexicon,
): PipelineComponent {
  let tagger: GermanPosTagger;
  if (model instanceof GermanPosTagger) tagger = model;
  else {
    if (!lexicon) throw new Error('createPosTagger: a lexicon is needed with model bytes');
    tagger = new GermanPosTagger(decodeSequenceModel(model), lexicon);
  }
  return {
    name: 'pos',
    apply(doc: Doc) {
      const tokens = doc.tokens;
      const forms = tokens.map((t) => doc.text.slice(t.start, t.end));
      const names = new Set<string>();
      const tagRange = (from: number, to: number) => {
        for (let start = from; start < to; start += MAX_CHUNK) {
          const end = Math.min(to, start + MAX_CHUNK);
          const ids = tagger.tagIds(forms, start, end);
          for (let k = 0; k < ids.length; k++) {
            const { xpos, upos } = tagger.label(ids[k]!);
            const token = tokens[start + k]!;
            token.upos = upos;
            token.xpos = xpos;
            // Names wait for the whole document (genitive -s); everything else is lemmatised now.
            if (xpos === 'NE') names.add(forms[start + k]!);
            else token.lemma = tagger.lemmaOfLast(k, xpos);
          }
        }
      };
      let t = 0;
      for (const sentence of doc.sentences) {
        while (t < tokens.length && tokens[t]!.end <= sentence.start) tagRange(t, ++t);
        const first = t;
        while (t < tokens.length && tokens[t]!.start < sentence.end) t++;
        tagRange(first, t);
      }
      tagRange(t, tokens.length);
      forms.forEach((form, i) => {
        if (tokens[i]!.xpos === 'NE') tokens[i]!.lemma = tagger.lemmatize(form, 'NE', names);
      });
    },
  };
}
