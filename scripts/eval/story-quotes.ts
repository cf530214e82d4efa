/**
 * Scores quotations and speakers against the exhaustive quotation gold of the story
 * test set (eval/stories/<story>/gold.json, `quotes` and `notQuotes`; format in
 * eval/stories/README.md).
 *
 * - A predicted quote matches a gold quote when its content overlaps the gold anchor.
 *   Precision: predicted quotes that match some gold quote / predicted quotes (the gold
 *   is exhaustive, so every other predicted quote is a false alarm; those that hit a
 *   `notQuotes` anchor are counted apart as well). Recall: gold quotes matched by some
 *   predicted quote / gold quotes.
 * - Speaker: for each matched gold quote the predicted quote overlapping it most is
 *   judged. A gold speaker null wants no speaker. Otherwise the speaker is right when
 *   its written text, its antecedent or the name of its resolved entity matches the gold
 *   speaker by key: for a person ("Anna Berg": a known first name and more) the
 *   surname, for a body ("Landratsamt Garmisch-Partenkirchen") any of its
 *   capitalised words of four letters or more.
 */
import type { Span } from '../../src/core/contract/types.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import type { StoryGold } from './stories/gold.js';

export interface GoldQuoteSpan extends Span {
  anchor: string;
  speaker: string | null;
  as?: string | null;
  kind: string;
}

export interface PredictedQuote {
  content: Span;
  /** The whole quote (content, cue, speaker). */
  span: Span;
  kind: string;
  /** What the reader is shown: the speaker as written, null when none. */
  speaker: string | null;
  /** Other names the speaker goes by: its antecedent, its entity's mentions. */
  names: string[];
}

export interface ReportScore extends Totals {
  misses: GoldQuoteSpan[];
  falseAlarms: Array<PredictedQuote & { notQuote: boolean }>;
  wrongSpeakers: Array<{ gold: GoldQuoteSpan; predicted: PredictedQuote }>;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlap = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function scoreReport(
  gold: readonly GoldQuoteSpan[],
  notQuotes: readonly Span[],
  predicted: readonly PredictedQuote[],
  isFirstName: (word: string) => boolean,
): ReportScore {
  const score: ReportScore = {
    predicted: predicted.length,
    correct: 0,
    gold: gold.length,
    found: 0,
    notQuoteHits: 0,
    speakerRight: 0,
    misses: [],
    falseAlarms: [],
    wrongSpeakers: [],
  };
  for (const p of predicted) {
    if (gold.some((g) => overlaps(p.content, g))) score.correct++;
    else {
      // A notQuotes anchor often marks the cue ("Luftaufnahmen zeigen"), not the clause after it.
      const notQuote = notQuotes.some((n) => overlaps(p.span, n));
      if (notQuote) score.notQuoteHits++;
      score.falseAlarms.push({ ...p, notQuote });
    }
  }
  for (const g of gold) {
    const best = predicted
      .filter((p) => overlaps(p.content, g))
      .reduce<PredictedQuote | null>(
        (a, b) => (!a || overlap(b.content, g) > overlap(a.content, g) ? b : a),
        null,
      );
    if (!best) {
      score.misses.push(g);
      continue;
    }
    score.found++;
    if (speakerMatches(g.speaker, best, isFirstName)) score.speakerRight++;
    else score.wrongSpeakers.push({ gold: g, predicted: best });
  }
  return score;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/[.'’-]+$/u, ''));
}

const key = (w: string): string => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** Whether the predicted speaker (its text or any of its names) is the gold speaker. */
export function speakerMatches(
  gold: string | null,
  predicted: Pick<PredictedQuote, 'speaker' | 'names'>,
  isFirstName: (word: string) => boolean,
): boolean {
  if (gold === null) return predicted.speaker === null;
  if (predicted.speaker === null) return false;
  // A body the report names only with common nouns ("the coastguard", "officials" — in English
  // these are lower case) is matched by its words of four letters or more.
  const capitalised = words(gold).filter((w) => /^\p{Lu}/u.test(w));
  const goldWords = capitalised.length > 0 ? capitalised : words(gold).filter((w) => w.length >= 4);
  if (goldWords.length === 0) return false;
  // A person named with a known first name is matched by surname; other names by any long word.
  const person = goldWords.length >= 2 && isFirstName(goldWords[0]!);
  const long = goldWords.filter((w) => w.length >= 4);
  const wanted = person
    ? [key(goldWords[goldWords.length - 1]!)]
    : (long.length > 0 ? long : goldWords).map(key);
  // Parts of hyphenated words count too: "ESA-Angaben" names the ESA.
  const have = new Set(
    [predicted.speaker, ...predicted.names]
      .flatMap((t) => words(t))
      .flatMap((w) => [w, ...w.split('-')])
      // "Polizeiangaben", "Regierungskreisen" name the body they come from.
      .flatMap((w) => [w, w.replace(/(?:angaben|informationen|kreisen)$/u, '')])
      .map(key),
  );
  // Case endings do not make another speaker: "des Ministeriums", "der Behörden".
  if (wanted.some((w) => ['', 's', 'es', 'n', 'en'].some((ending) => have.has(w + ending))))
    return true;
  // A body is also named by the head of its compound name: "das Ministerium" for the
  // "Verteidigungsministerium", "ein Gerichtssprecher" for a "Sprecher des Amtsgerichts".
  if (person) return false;
  const stems = [...have].filter((h) => h.length >= 5).map((h) => h.replace(/(?:es|s|n)$/u, ''));
  return wanted.some((w) =>
    stems.some((h) => h.length >= 5 && (w.endsWith(h) || h.endsWith(w)) && w.length >= 5),
  );
}

export interface Totals {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  notQuoteHits: number;
  speakerRight: number;
}

export function addTotals(into: Totals, s: Totals): void {
  into.predicted += s.predicted;
  into.correct += s.correct;
  into.gold += s.gold;
  into.found += s.found;
  into.notQuoteHits += s.notQuoteHits;
  into.speakerRight += s.speakerRight;
}

export function emptyTotals(): Totals {
  return { predicted: 0, correct: 0, gold: 0, found: 0, notQuoteHits: 0, speakerRight: 0 };
}

/** Precision, recall and speaker accuracy (over gold quotes found) of a total. */
export function rates(t: Totals): { precision: number; recall: number; speaker: number } {
  return {
    precision: t.predicted ? t.correct / t.predicted : 0,
    recall: t.gold ? t.found / t.gold : 0,
    speaker: t.found ? t.speakerRight / t.found : 0,
  };
}

/**
 * The gold quotations and non-quotations of one report located in its normalised
 * `text` (anchors are unique substrings; an anchor not found is left out — the
 * story checker reports those).
 */
export function reportGold(
  story: StoryGold,
  report: string,
  text: string,
): { gold: GoldQuoteSpan[]; notQuotes: Span[] } {
  const locate = (anchor: string): Span | null => {
    const a = normalizeText(anchor);
    const start = text.indexOf(a);
    return start < 0 ? null : { start, end: start + a.length };
  };
  const gold: GoldQuoteSpan[] = [];
  for (const g of story.quotes[report] ?? []) {
    const span = locate(g.text);
    if (span) gold.push({ ...span, anchor: g.text, speaker: g.speaker, as: g.as, kind: g.kind });
  }
  const notQuotes = (story.notQuotes[report] ?? []).flatMap((n) => locate(n.text) ?? []);
  return { gold, notQuotes };
}
