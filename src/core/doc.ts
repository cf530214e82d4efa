import type {
  DateRecord,
  DocumentRecord,
  EntityMentionRecord,
  QuantityRecord,
  QuoteRecord,
  SentenceRecord,
  TokenRecord,
} from './contract/types.js';
import { buildFrames } from './frames/index.js';

/**
 * One document under analysis: an immutable normalised text plus standoff layers
 * that pipeline components fill in order (tokens, sentences, tags, entities …).
 * Every layer points into `text` by offsets, so nothing of the source is lost and
 * anything can be highlighted.
 */
export class Doc {
  readonly tokens: TokenRecord[] = [];
  readonly sentences: SentenceRecord[] = [];
  readonly entities: EntityMentionRecord[] = [];
  readonly quotes: QuoteRecord[] = [];
  readonly quantities: QuantityRecord[] = [];
  readonly dates: DateRecord[] = [];

  constructor(
    readonly id: string,
    readonly text: string,
    readonly lang: string = 'de',
  ) {}

  /** The covered string of any span of this document. */
  slice(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }

  toRecord(): DocumentRecord {
    const record: DocumentRecord = {
      id: this.id,
      lang: this.lang,
      text: this.text,
      sentences: this.sentences,
      tokens: this.tokens,
      entities: this.entities,
      quotes: this.quotes,
      quantities: this.quantities,
      dates: this.dates,
    };
    record.frames = buildFrames(record);
    return record;
  }
}
