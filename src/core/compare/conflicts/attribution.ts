import type { ConflictRecord, DocumentRecord, QuoteRecord } from '../../contract/types.js';
import { nameKey, stripTitles } from '../../entities/index.js';
import type { ComparisonContext } from '../context.js';
import { stem } from '../terms.js';
import { jaccard } from '../vectors.js';

/**
 * Two renderings of one quotation must share this share of their content words.
 * Different translations of one statement keep most of its nouns and verbs.
 */
const SAME_QUOTE = 0.5;
const MIN_QUOTE_WORDS = 3;

export interface AttributedQuote {
  doc: number;
  quote: QuoteRecord;
  words: Set<string>;
  /** Cross-report entity id of the speaker, or a key of the speaker's words. */
  speakerKey: string;
  speakerName: string;
}

/** Quotations with a known speaker, each with the content words a match is judged by. */
export function attributedQuotes(ctx: ComparisonContext): AttributedQuote[] {
  return ctx.documents.flatMap((doc, docIndex) =>
    doc.quotes.flatMap((quote): AttributedQuote[] => {
      if (!quote.speaker) return [];
      const crossId = quote.speaker.entity
        ? ctx.cross.idOf(docIndex, quote.speaker.entity)
        : undefined;
      return [
        {
          doc: docIndex,
          quote,
          words: contentWords(doc, quote),
          speakerKey: crossId ?? `name:${nameKey(quote.speaker.text)}`,
          speakerName: ctx.cross.speakerName(docIndex, quote.speaker),
        },
      ];
    }),
  );
}

/** The same statement or quotation attributed to different speakers in different reports. */
export function findAttributionConflicts(ctx: ComparisonContext): ConflictRecord[] {
  const quotes = attributedQuotes(ctx);
  const conflicts: ConflictRecord[] = [];
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const [a, b] = [quotes[i]!, quotes[j]!];
      if (a.doc === b.doc || sameSpeaker(a, b)) continue;
      if (a.words.size < MIN_QUOTE_WORDS || b.words.size < MIN_QUOTE_WORDS) continue;
      if (jaccard(a.words, b.words).score < SAME_QUOTE) continue;
      conflicts.push({
        kind: 'attribution',
        severity: 'high', // words put in the wrong mouth mislead the reader directly
        claims: [a, b].map((q) => ({
          doc: q.doc,
          start: q.quote.start,
          end: q.quote.end,
          text: ctx.documents[q.doc]!.text.slice(q.quote.content.start, q.quote.content.end),
          speaker: q.speakerName,
        })),
        explanation:
          `The same words are attributed to ${a.speakerName} in ${ctx.nameOf(a.doc)} ` +
          `and to ${b.speakerName} in ${ctx.nameOf(b.doc)}.`,
      });
    }
  }
  return conflicts;
}

/**
 * Speakers known as entities are compared by their cross-report entity. A
 * speaker the NER stage did not resolve is compared by name without titles,
 * where a surname alone matches the full name ("Weber" and "Bürgermeister Karl
 * Weber") but a suffixed name does not ("Trump" and "Donald Trump Jr").
 */
function sameSpeaker(a: AttributedQuote, b: AttributedQuote): boolean {
  if (a.speakerKey === b.speakerKey) return true;
  const words = (q: AttributedQuote) => nameKey(stripTitles(q.quote.speaker!.text)).split(' ');
  const [wa, wb] = [words(a), words(b)];
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return shorter.length === 1 && longer.at(-1) === shorter[0];
}

function contentWords(doc: DocumentRecord, quote: QuoteRecord): Set<string> {
  const words = new Set<string>();
  for (const token of doc.tokens) {
    if (token.start < quote.content.start || token.end > quote.content.end) continue;
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    const form = doc.text.slice(token.start, token.end).toLowerCase();
    words.add(token.lemma ? token.lemma.toLowerCase() : stem(form));
  }
  return words;
}
