import { compareDocuments } from '../../core/compare/compare.js';
import {
  CONTRACT_VERSION,
  type AnalyzeOutput,
  type CompareOutput,
  type DocumentRecord,
  type InputErrorRecord,
} from '../../core/contract/types.js';
import type { BilingualDictionary } from '../../core/crosslingual/dictionary.js';
import { normalizeText } from '../../core/text/normalize.js';
import { dictionaryFor } from '../dictionary/for-documents.js';
import { analyzeText } from '../pipeline.js';
import { LruCache } from './lru-cache.js';
import type { InputDocument } from './request.js';

/** What the API runs on validated input; injectable so tests can count or fail calls. */
export interface Analyzer {
  analyze(documents: readonly InputDocument[]): AnalyzeOutput;
  compare(documents: readonly InputDocument[]): CompareOutput;
}

export interface CacheLimits {
  /** Analysed reports kept, at most this many … */
  documents: number;
  /** … and of at most this many characters of text together (a record is about 30 times its text). */
  documentChars: number;
}

/** About 15 MB for 500,000 characters of reports: a working session's, while the memory stays flat. */
export const DEFAULT_CACHE_LIMITS: CacheLimits = { documents: 64, documentChars: 500_000 };

/** The German–English dictionary for analysed reports, or null (one language, or none installed). */
export type DictionaryProvider = (
  documents: readonly DocumentRecord[],
) => BilingualDictionary | null;

/**
 * As `crosscheck compare` has it: read once per process, and only when a
 * request mixes languages (src/node/dictionary). A missing dictionary is said
 * once on standard error, not on every request.
 */
export function serverDictionary(warn: (line: string) => void = console.error): DictionaryProvider {
  let warned = false;
  return (documents) =>
    dictionaryFor(documents, (line) => {
      if (warned) return;
      warned = true;
      warn(line);
    });
}

/**
 * The same analysis as `crosscheck analyze` and `crosscheck compare`: each text is
 * normalised first (so offsets refer to the `text` returned), and a report's own
 * `date` stands in for the CLI's `--date`.
 *
 * Analysis is a pure function of (text, date), and the web app sends the same
 * reports again and again: Compare after editing one report of five, Compare
 * again after "Edit reports". So analysed reports are kept by text and date
 * (the id is the caller's label and is put on afterwards), bounded by count
 * and size. (Whole answers are kept by the app: `AppOptions.answerCache`.)
 */
export function createGermanAnalyzer(
  limits: CacheLimits = DEFAULT_CACHE_LIMITS,
  dictionary: DictionaryProvider = serverDictionary(),
): Analyzer {
  const records = new LruCache<string, DocumentRecord>(limits.documents, limits.documentChars);

  /** The report analysed in its detected language, or why it was not (another language). */
  const analyzeOne = (input: InputDocument): DocumentRecord | InputErrorRecord => {
    const key = `${input.date ?? ''}\n${input.text}`;
    let record = records.get(key);
    if (!record) {
      const analysis = analyzeText(
        '',
        normalizeText(input.text),
        'auto',
        input.date === undefined ? {} : { documentDate: input.date },
      );
      if (!analysis.ok) return { id: input.id, message: analysis.problem };
      record = analysis.record;
      records.set(key, record, input.text.length);
    }
    // A shallow copy with the caller's id: the cached record itself is never handed out.
    const copy: DocumentRecord = { ...record, id: input.id };
    // A web page's own statements and where its paragraphs stand (not part of the analysis).
    if (input.meta) copy.meta = input.meta;
    if (input.sourceMap) copy.sourceMap = input.sourceMap;
    return copy;
  };

  /** Analysed reports, and those refused (written in a language crosscheck does not read). */
  const analyzeAll = (documents: readonly InputDocument[]) => {
    const analysed: DocumentRecord[] = [];
    const errors: InputErrorRecord[] = [];
    for (const input of documents) {
      const result = analyzeOne(input);
      if ('message' in result) errors.push(result);
      else analysed.push(result);
    }
    return { analysed, errors };
  };

  return {
    analyze: (documents) => {
      const { analysed, errors } = analyzeAll(documents);
      const output: AnalyzeOutput = { version: CONTRACT_VERSION, documents: analysed };
      if (errors.length > 0) output.errors = errors;
      return output;
    },
    compare: (documents) => {
      const { analysed, errors } = analyzeAll(documents);
      // Reports in two languages are compared with the dictionary (docs/crosslingual.md).
      const output = compareDocuments(analysed, { dictionary: dictionary(analysed) });
      if (errors.length > 0) output.errors = [...(output.errors ?? []), ...errors];
      return output;
    },
  };
}

export const germanAnalyzer: Analyzer = createGermanAnalyzer();
