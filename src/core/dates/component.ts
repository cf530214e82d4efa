import type { PipelineComponent } from '../pipeline/pipeline.js';
import { parseIsoDay } from './calendar.js';
import { detectDocumentDate } from './dateline.js';
import { extractDates } from './extract.js';
import { dateLanguageFor } from './language.js';

export interface DatesComponentOptions {
  /** The document date (`2024-11-18`), e.g. from `--date`; without it a dateline in the text is used. */
  documentDate?: string;
  /**
   * The language whose date patterns to use (`de`, `en`: its DateLanguage, `language.ts`);
   * by default each document's own `lang`. A language without date data is an error when
   * the component is built.
   */
  lang?: string;
}

/** Fills `doc.dates`, reading relative dates against the given date or the document's dateline. */
export function createDatesComponent(options: DatesComponentOptions = {}): PipelineComponent {
  if (options.documentDate !== undefined && parseIsoDay(options.documentDate) === null) {
    throw new Error(`invalid document date "${options.documentDate}" (expected YYYY-MM-DD)`);
  }
  // Chosen once: a language without data fails here, not on the first document.
  if (options.lang !== undefined) dateLanguageFor(options.lang);
  return {
    name: 'dates',
    apply(doc) {
      const documentDate = options.documentDate ?? detectDocumentDate(doc.text);
      const found = extractDates(doc.text, {
        documentDate,
        lang: options.lang ?? doc.lang,
        sentences: doc.sentences,
      });
      for (const d of found) doc.dates.push(d);
    },
  };
}
