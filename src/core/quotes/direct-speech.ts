/**
 * Direct speech: each quotation that is no name or title, with the cue and speaker of
 * its attribution before (`X sagte: „…“`) or after (`„…“, sagte X`), or of the report
 * verb it is embedded in (`nannte es „…“`).
 */

import type { Span } from '../contract/types.js';
import { WIE_OPINION_VERBS } from './attribution.js';
import { looksLikeName, type QuotedSpan } from './quote-marks.js';
import { nounPhraseAt, type SpeakerSpan } from './speaker.js';
import { isCapitalized, isPunct } from './words.js';
import { EMBEDDING_WORDS, COMPLEMENTIZERS } from './word-lists.js';

import { SpeakerScan } from './speaker-scan.js';

import {
  CLAUSE_BREAK,
  MIN_QUOTATION_WORDS,
  SENTENCE_END,
  type CueMatch,
  type FoundQuote,
} from './quote-scan.js';

export abstract class DirectScan extends SpeakerScan {
  protected findDirect(): FoundQuote[] {
    const found: FoundQuote[] = [];
    for (const q of this.topQuotes) {
      const afterIdx = this.wordIndexAtOrAfter(q.end);
      const beforeIdx = this.wordIndexAtOrAfter(q.start) - 1;
      let attribution = this.attributionAfter(q, afterIdx) ?? this.attributionBefore(q, beforeIdx);
      const size = this.wordsIn(q);
      const standalone = this.isStandalone(q, beforeIdx, afterIdx);
      // A quoted phrase inside a sentence whose verb reports speech:
      // "Er bezeichnete das Schreiben als „Unsensibilität“", "sprach von einer „Katastrophe“".
      let embedded = false;
      if (!attribution && !standalone && !this.looksLikeTitle(q)) {
        attribution = this.embeddingCue(q, beforeIdx);
        embedded = attribution !== null;
      }
      if (!attribution) {
        if (size < MIN_QUOTATION_WORDS || this.looksLikeTitle(q)) continue;
        if (!standalone && !/[.!?…]\s*$/.test(this.text.slice(q.innerStart, q.innerEnd))) continue;
      } else if (
        size < MIN_QUOTATION_WORDS &&
        !/[.!?…]\s*$/.test(this.text.slice(q.innerStart, q.innerEnd))
      ) {
        // A short quoted phrase is a quotation only when attached to its cue by ":" or ", sagte X".
        const attachedBefore = this.words[beforeIdx]?.text === ':';
        const attachedAfter = attribution.cue.index >= afterIdx;
        const embedded = attribution.cue.parts?.includes(-1) === true;
        if ((!attachedBefore && !attachedAfter && !embedded) || this.looksLikeTitle(q)) continue;
        if (attribution.cue.kind !== 'verb') continue;
      }
      // A subject that cannot speak ("heißt es in dem Bericht" aside) leaves the quotation to its context.
      let speakerSpan = attribution?.speaker ? this.ableSource(attribution.speaker) : null;
      if (!attribution && this.mode === 'attributed')
        speakerSpan = this.speakerIntroducing(beforeIdx);
      const quote: FoundQuote = {
        start: q.start,
        end: q.end,
        kind: 'direct',
        cue: attribution ? this.cueText(attribution.cue) : null,
        speaker: this.speakerRecord(speakerSpan),
        content: { start: q.innerStart, end: q.innerEnd },
      };
      if (attribution) {
        quote.start = Math.min(quote.start, attribution.frame.start);
        quote.end = Math.max(quote.end, attribution.frame.end);
      }
      found.push(quote);
      if (embedded) this.embedded.add(quote);
    }
    return found;
  }

  /** The report verb of the sentence a quoted phrase is embedded in, with "als" when it introduces the phrase. */
  protected embeddingCue(
    q: QuotedSpan,
    beforeIdx: number,
  ): { cue: CueMatch; speaker: SpeakerSpan | null; frame: Span } | null {
    const before = this.words[beforeIdx];
    if (!before || this.inQuote[beforeIdx] !== -1 || isPunct(before)) return null;
    // After other words ("nannte sie „…“", "eine wachsende „…“") only a report verb will do.
    const strict = !EMBEDDING_WORDS.has(before.lower);
    const s = before.sentence;
    const first = this.sentenceFirstWord[s]!;
    for (let j = beforeIdx; j >= first; j--) {
      if (CLAUSE_BREAK.has(this.words[j]!.text) && this.words[j]!.text !== ',') break;
      if (!this.lexicon.verbs.has(this.words[j]!.lower)) continue;
      const c = this.verbCueAt(j);
      if (!c) continue;
      if (strict && !this.isReportVerb(c)) continue;
      const parts = [...(c.parts ?? []), -1];
      const als = this.words.slice(j + 1, beforeIdx + 1).findIndex((w) => w.lower === 'als');
      if (als !== -1) parts.push(j + 1 + als);
      const speaker = this.speakerFor(c, first);
      const end = this.sentenceEndWord[s]!;
      return {
        cue: { ...c, parts },
        speaker,
        frame: { start: this.words[first]!.start, end: this.words[end - 1]!.end },
      };
    }
    return null;
  }

  protected isStandalone(q: QuotedSpan, beforeIdx: number, afterIdx: number): boolean {
    const before = this.words[beforeIdx];
    const after = this.words[afterIdx];
    const startsSentence =
      !before ||
      before.sentence !== this.words[beforeIdx + 1]?.sentence ||
      SENTENCE_END.has(before.text) ||
      before.text === ':';
    const endsSentence =
      !after ||
      SENTENCE_END.has(after.text) ||
      after.sentence !== this.words[afterIdx - 1]?.sentence ||
      /[.!?…]\s*$/.test(this.text.slice(q.innerStart, q.innerEnd));
    return startsSentence && endsSentence;
  }

  /** Names and titles: `die „Bild“-Zeitung`, `der Film „Krieg und Frieden“`, `sogenannte „Provokationen“`. */
  protected looksLikeTitle(q: QuotedSpan): boolean {
    return looksLikeName(this.text, q);
  }

  /** `„…“, sagte X.` / `„…“, so X.` / `„…“, heißt es in X.` / `„…“, sagte er.` */
  protected attributionAfter(
    q: QuotedSpan,
    afterIdx: number,
  ): { cue: CueMatch; speaker: SpeakerSpan | null; frame: Span } | null {
    let i = afterIdx;
    const first = this.words[i];
    if (!first) return null;
    const quoteSentence = this.words[this.wordIndexAtOrAfter(q.innerStart)]?.sentence;
    if (first.sentence !== quoteSentence && first.sentence !== (quoteSentence ?? 0) + 1)
      return null;
    // "„…“, sagte X." and "„…“ – so X."
    if (
      first.text === ',' ||
      ((first.text === '–' || first.text === '—') && this.words[i + 1]?.lower === 'so')
    )
      i++;
    else if (SENTENCE_END.has(first.text) || isCapitalized(first.text)) return null;
    const w = this.words[i];
    if (!w || this.inQuote[i] !== -1) return null;
    let cue: CueMatch | null = null;
    if (w.lower === 'so' && this.words[i + 1] && !isPunct(this.words[i + 1]!))
      cue = { index: i, to: i + 1, kind: 'marker-before' };
    else if (w.lower === 'wie' && this.mode === 'attributed') return this.wieAfter(i, afterIdx);
    else cue = this.verbCueAt(i);
    // "„…“, findet X.": an opinion verb right after the closing mark attributes the
    // quotation as "sagte" would; elsewhere "findet" is narration ("findet statt").
    if (!cue && first.text === ',' && WIE_OPINION_VERBS.has(w.lower) && this.words[i + 1])
      cue = { index: i, to: i + 1, kind: 'verb' };
    if (!cue) return null;
    if (this.words[cue.index + 1]?.lower === 'es') cue.to = cue.index + 2;
    const speaker = this.impersonalSource(cue) ?? this.speakerAfter(cue);
    const endWord = Math.max(cue.particle ?? 0, speaker?.to ?? cue.to, cue.to);
    const frameEnd = this.frameEnd(endWord, this.words[cue.index]!.sentence);
    return {
      cue,
      speaker,
      frame: { start: this.words[afterIdx]!.start, end: this.words[frameEnd - 1]!.end },
    };
  }

  /** `„…“, wie der Minister betonte.` / `„…“, wie X findet.`: a wie-clause that closes the sentence. */
  protected wieAfter(
    i: number,
    afterIdx: number,
  ): { cue: CueMatch; speaker: SpeakerSpan | null; frame: Span } | null {
    const s = this.words[i]!.sentence;
    const end = this.contentEndWord(i, s);
    const j = end - 1;
    if (j <= i + 1) return null;
    const verb = this.words[j]!;
    const c: CueMatch | null =
      this.verbCueAt(j) ??
      (WIE_OPINION_VERBS.has(verb.lower) ? { index: j, to: j + 1, kind: 'verb' } : null);
    if (!c) return null;
    const speaker = nounPhraseAt(this.words, i + 1, j, this.input.entities);
    if (!speaker || !this.profile(speaker)) return null;
    return {
      cue: { ...c, parts: [...(c.parts ?? []), i] },
      speaker,
      frame: { start: this.words[afterIdx]!.start, end: verb.end },
    };
  }

  /** `X sagte: „…“` / `Er sagte am Sonntag: "…"` / `Zitat von Schröder: „…“` */
  protected attributionBefore(
    q: QuotedSpan,
    beforeIdx: number,
  ): { cue: CueMatch; speaker: SpeakerSpan | null; frame: Span } | null {
    const last = this.words[beforeIdx];
    if (!last || this.inQuote[beforeIdx] !== -1) return null;
    if (SENTENCE_END.has(last.text)) return null;
    const sentence = last.sentence;
    const clauseFrom = this.clauseStart(beforeIdx + 1 <= beforeIdx ? beforeIdx : beforeIdx);
    const from = Math.max(clauseFrom, this.sentenceFirstWord[sentence]!);
    for (let j = beforeIdx; j >= from; j--) {
      const c = this.verbCueAt(j);
      if (!c) continue;
      if (c.particle !== undefined && c.particle > beforeIdx) continue;
      // "fügte hinzu, dass die Entscheidung „…“" or "sagte, der Sohn habe sich „…“":
      // indirect speech with a quoted part, not an introduction of direct speech.
      let commas = 0;
      for (let k = j + 1; k <= beforeIdx; k++) {
        const x = this.words[k]!.lower;
        if (COMPLEMENTIZERS.has(x) || this.lexicon.wWords.has(x) || this.lexicon.konjunktiv.has(x))
          return null;
        if (x === ',' && k < beforeIdx) commas++;
      }
      if (commas > 0 && last.text !== ':') return null;
      if (last.text !== ':' && last.text !== ',' && beforeIdx - j > 4) return null;
      const speaker = this.speakerFor(c, from);
      return { cue: c, speaker, frame: { start: this.words[from]!.start, end: last.end } };
    }
    return null;
  }
}
