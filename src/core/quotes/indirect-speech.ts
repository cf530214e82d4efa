/**
 * Indirect speech, sentence by sentence: complement clauses, reported main clauses, the
 * inverted order, markers and nominal cues, falling back on reports and Konjunktiv
 * passages; in the attributed mode only what a reader should be shown (`accepts`).
 */

import { looksLikeName } from './quote-marks.js';
import { entityIn, nounPhraseAt } from './speaker.js';
import { firstStartingAtOrAfter } from '../spans.js';
import {
  markerSourceStart,
  POSSESSIVES,
  reportNounFollows as REPORT_NOUN_AFTER,
} from './attribution.js';
import { isCapitalized, isPunct } from './words.js';
import {
  WEAK_W_WORDS,
  PASSIVE_AUX,
  PRONOMINAL_ADVERBS,
  COMPLEMENTIZERS,
  CAUSATIVE_LASSEN,
} from './word-lists.js';

import { ReportScan } from './reports.js';

import { contains, SENTENCE_END, type CueMatch, type FoundQuote } from './quote-scan.js';

import { MARKER_CUES, REPORT_NOUNS } from './markers.js';

export abstract class IndirectScan extends ReportScan {
  protected findIndirect(direct: FoundQuote[]): FoundQuote[] {
    const found: FoundQuote[] = [];
    const usedCues = new Set(
      direct
        .filter((d) => d.cue && !this.embedded.has(d) && !this.ownComplement(d))
        .map((d) => d.cue!.start),
    );
    for (let s = 0; s < this.sentences.length; s++) {
      const first = this.sentenceFirstWord[s];
      const end = this.sentenceEndWord[s];
      if (first === undefined || end === undefined) continue;
      const before = found.length;
      let fallback: FoundQuote | null = null;
      for (let i = first; i < end; i++) {
        if (this.inQuote[i] !== -1) continue;
        const quote = this.indirectAt(i, s, usedCues);
        if (quote && this.accepts(quote)) {
          // A marker with no speaker yields to a cue with one later in the sentence.
          if (this.inheritable.has(quote)) {
            fallback ??= quote;
            continue;
          }
          found.push(quote);
          // Skip to the end of what this quote covers.
          while (i + 1 < end && this.words[i + 1]!.end <= quote.end) i++;
        }
      }
      if (found.length === before && fallback) found.push(fallback);
      if (found.length > before && this.mode === 'attributed') {
        const rest = this.continuationAfterSemicolon(found[found.length - 1]!, s);
        if (rest) found.push(rest);
      }
      if (found.length === before && this.attributesBack(s, direct)) continue;
      if (found.length === before && !this.hasQuotation(s, direct)) {
        const report = this.speechReport(s, usedCues);
        if (report) {
          found.push(report);
          continue;
        }
      }
      if (found.length === before) {
        const reported = this.reportedSentence(s, direct, found);
        const previous = found[found.length - 1];
        // Consecutive sentences of reported speech form one passage.
        if (
          reported &&
          previous &&
          !previous.cue &&
          this.sentences[s - 1] &&
          previous.end >= this.sentences[s - 1]!.end - 1
        ) {
          previous.end = reported.end;
          previous.content = { start: previous.content.start, end: reported.content.end };
        } else if (reported) found.push(reported);
      }
    }
    // A quotation inside indirect content makes it mixed.
    for (const q of found) {
      const inside = this.topQuotes.filter(
        (t) =>
          t.start >= q.content.start && t.end <= q.content.end + 1 && !looksLikeName(this.text, t),
      );
      if (inside.length > 0) {
        q.kind = 'mixed';
        // A quotation left open at the line end may reach past the content: clip it.
        q.quoted = inside
          .map((t) => ({ start: t.innerStart, end: Math.min(t.innerEnd, q.content.end) }))
          .filter((part) => part.start <= part.end);
      }
    }
    return found.filter(
      (q) => !direct.some((d) => d.kind === 'direct' && contains(d.content, q.content)),
    );
  }

  /**
   * "Eine Revision sei ausgeschlossen, sagte sein Verteidiger; sein Mandant nehme das
   * Urteil an.": Konjunktiv I after a semicolon goes on with the quote before it.
   */
  protected continuationAfterSemicolon(q: FoundQuote, s: number): FoundQuote | null {
    const end = this.contentEndWord(this.sentenceFirstWord[s]!, s);
    // The frame of an inverted quote may run over the semicolon: start after its parts.
    const parts = [q.content.end, q.cue?.end ?? 0, q.speaker?.end ?? 0];
    let k = firstStartingAtOrAfter(this.words, Math.max(...parts));
    while (k < end && this.words[k]!.text !== ';') {
      if (this.inQuote[k] !== -1) return null;
      k++;
    }
    if (k + 2 >= end) return null;
    const clause = this.span(k + 1, end);
    if (!this.words.slice(k + 1, end).some((w) => this.isKonjunktivI(w))) return null;
    q.end = Math.min(q.end, this.words[k]!.start);
    const rest: FoundQuote = {
      start: clause.start,
      end: clause.end,
      kind: 'indirect',
      cue: null,
      speaker: null,
      content: clause,
    };
    return rest;
  }

  /**
   * "„Wir lassen niemanden allein.“ Das sagte der Minister am Abend.": a sentence that
   * only attributes the quotation before it gives that quotation its cue and speaker
   * (attributed mode) instead of becoming a report of its own.
   */
  protected attributesBack(s: number, direct: readonly FoundQuote[]): boolean {
    if (this.mode !== 'attributed') return false;
    const first = this.sentenceFirstWord[s]!;
    const lead = this.words[first]!;
    if (lead.lower !== 'das' && lead.lower !== 'dies') return false;
    const c = this.verbCueAt(first + 1);
    if (!c) return false;
    const speaker = this.speakerAfter(c);
    if (!speaker || !this.profile(speaker)) return false;
    const previous = direct.filter((q) => q.end <= lead.start);
    const quote = previous[previous.length - 1];
    if (!quote || quote.cue) return false;
    // Only the quotation right before: nothing but white space between them.
    if (this.text.slice(quote.end, lead.start).trim() !== '') return false;
    quote.cue = this.cueText(c);
    quote.speaker = this.speakerRecord(speaker);
    quote.end = this.words[this.sentenceEndWord[s]! - 1]!.end;
    return true;
  }

  protected indirectAt(i: number, s: number, usedCues: Set<number>): FoundQuote | null {
    const w = this.words[i]!;
    const first = this.sentenceFirstWord[s]!;
    const end = this.sentenceEndWord[s]!;
    // Markers before the source: "laut X", "nach Angaben von X", "wie X sagte".
    const marker = this.markerBefore(i);
    if (marker) return marker;
    if (w.lower === 'zufolge') return this.markerAfter(i, s);
    // Postposed "nach": "ihrer Meinung nach", "Dem Vernehmen nach".
    if (
      w.lower === 'nach' &&
      REPORT_NOUNS.test(this.words[i - 1]?.text ?? '') &&
      !isPunct(this.words[i + 1] ?? w)
    ) {
      return this.markerAfter(i, s);
    }
    if (this.lexicon.anaphoric.has(w.lower) && w.lower !== 'danach') {
      const contentFrom = this.clauseStart(i);
      const c: CueMatch = { index: i, to: i + 1, kind: 'anaphoric' };
      const contentEnd = this.contentEndWord(i, s);
      const parts = [this.span(contentFrom, contentEnd)];
      return this.build(
        'indirect',
        c,
        { start: w.start, end: w.end, from: i, to: i + 1 },
        parts[0]!,
        parts[0]!,
      );
    }
    const c = this.verbCueAt(i);
    if (!c) return this.nominalAt(i, s);
    if (usedCues.has(w.start)) return null;
    if (this.words[c.index + 1]?.lower === 'es' && ['heißt', 'hieß'].includes(w.lower))
      c.to = c.index + 2;
    const afterCue = Math.max(c.to, (c.particle ?? -1) + 1);
    // Complement after the cue: ", dass …", ", ob …", ", w- …", or a reported V2 clause ", die Entscheidung komme spät".
    // A subject after the cue may hold commas of its own ("entschied sich X, der Leiter …, dazu, …").
    const subjectAfter = this.speakerAfter(c);
    const searchFrom = subjectAfter && subjectAfter.from === afterCue ? subjectAfter.to : afterCue;
    let j = searchFrom;
    while (
      j < end &&
      j < searchFrom + 16 &&
      this.words[j]!.text !== ',' &&
      this.words[j]!.text !== ':' &&
      !SENTENCE_END.has(this.words[j]!.text) &&
      this.inQuote[j] === -1
    )
      j++;
    const comma = this.words[j];
    if (comma && (comma.text === ',' || comma.text === ':') && j + 1 < end) {
      let k = j + 1;
      // "…, dazu, ein Kamel zu schlachten": a pronominal adverb before the comma belongs to the cue.
      if (PRONOMINAL_ADVERBS.has(this.words[k]!.lower) && this.words[k + 1]?.text === ',') k += 2;
      const next = this.words[k]!;
      const contentEnd = this.complementEnd(k, s);
      if (contentEnd > k) {
        // "was"/"wie"/"wo" after a comma usually start a relative or comparative clause;
        // they report speech only after verbs of saying and asking.
        const isComplement =
          COMPLEMENTIZERS.has(next.lower) ||
          (this.lexicon.wWords.has(next.lower) &&
            (!WEAK_W_WORDS.has(next.lower) || this.isCoreSayingVerb(c)));
        const isReportedClause =
          !isComplement &&
          !c.learned &&
          this.looksLikeReportedClause(k, contentEnd, this.isCoreSayingVerb(c));
        if (isComplement || isReportedClause) {
          // "Seine Partei stehe bereit, sagte Rehm, wolle aber …": reported speech on both
          // sides of the attribution is one quotation for a reader.
          const before = this.words[i - 1];
          if (
            this.mode === 'attributed' &&
            isReportedClause &&
            before?.text === ',' &&
            i - 1 > first &&
            !c.learned
          ) {
            const from = this.invertedContentStart(i - 1, s);
            const speaker = this.impersonalSource(c) ?? this.speakerAfter(c);
            if (speaker && from !== null && i - 1 - from >= 3 && this.isClause(from, i - 1)) {
              return this.build('indirect', c, speaker, this.span(from, contentEnd), {
                start: before.start,
                end: comma.end,
              });
            }
          }
          const clauseFrom = this.frameStart(i);
          const lassen = this.lassenBefore(i, clauseFrom);
          const speaker =
            this.impersonalSource(c) ??
            (lassen !== null
              ? this.speakerFor({ index: lassen, to: lassen + 1, kind: 'verb' }, clauseFrom)
              : this.speakerFor(c, clauseFrom));
          const content = this.span(k, contentEnd);
          const frame = { start: this.words[clauseFrom]!.start, end: comma.end };
          return this.build('indirect', c, speaker, content, frame);
        }
      }
    }
    // "Er sei unschuldig, ließ der Angeklagte über seinen Anwalt erklären.": the inverted
    // order with the speech verb in the infinitive after causative "lassen".
    const lassen = this.lassenBefore(i, first + 1);
    if (
      lassen !== null &&
      this.words[lassen - 1]?.text === ',' &&
      lassen - 1 > first &&
      !c.learned
    ) {
      const contentFrom = this.invertedContentStart(lassen - 1, s);
      if (
        contentFrom !== null &&
        lassen - 1 - contentFrom >= 3 &&
        this.isClause(contentFrom, lassen - 1)
      ) {
        const speaker = this.speakerAfter({ index: lassen, to: lassen + 1, kind: 'verb' });
        const frameEnd = this.frameEnd(Math.max(c.to, c.particle ?? 0), s);
        return this.build('indirect', c, speaker, this.span(contentFrom, lassen - 1), {
          start: this.words[lassen - 1]!.start,
          end: this.words[frameEnd - 1]!.end,
        });
      }
    }
    // Inverted: "…, sagte X." — the content is the clause before the comma.
    const prev = this.words[i - 1];
    if (prev && prev.text === ',' && i - 1 > first && !c.learned) {
      const contentFrom = this.invertedContentStart(i - 1, s);
      if (contentFrom !== null && i - 1 - contentFrom >= 3 && this.isClause(contentFrom, i - 1)) {
        const speaker = this.impersonalSource(c) ?? this.speakerAfter(c);
        const endWord = Math.max(c.particle ?? 0, speaker?.to ?? c.to, c.to);
        const frameEnd = this.frameEnd(endWord, s);
        const content = this.span(contentFrom, i - 1);
        return this.build('indirect', c, speaker, content, {
          start: prev.start,
          end: this.words[frameEnd - 1]!.end,
        });
      }
    }
    return null;
  }

  /**
   * "Harms riet dazu, Wälder zu meiden: „Da können Äste herunterkommen.“": the cue of a
   * direct quotation after a colon has a reported clause of its own between a comma and
   * the colon; that clause is a quotation too (attributed mode).
   */
  protected ownComplement(d: FoundQuote): boolean {
    if (this.mode !== 'attributed' || !d.cue || d.cue.end > d.content.start) return false;
    const from = this.wordIndexAtOrAfter(d.cue.end);
    const to = this.wordIndexAtOrAfter(d.content.start);
    let colon = to - 1;
    while (colon > from && this.words[colon]!.punct && this.words[colon]!.text !== ':') colon--;
    if (this.words[colon]?.text !== ':') return false;
    const comma = this.words.slice(from, colon).findIndex((w) => w.text === ',');
    // At least a few words between the comma and the colon: "…, Wälder zu meiden:".
    return comma !== -1 && colon - (from + comma) > 3;
  }

  /**
   * A finite causative "lassen" in the clause before the infinitive cue at i, within a
   * few words and no punctuation: "ließ über seinen Anwalt erklären" → the index of "ließ".
   */
  protected lassenBefore(i: number, from: number): number | null {
    const cue = this.words[i]!;
    // The cue must be an infinitive: "erklären", "mitteilen", "ausrichten".
    if (!/(?:en|ern|eln)$/.test(cue.lower) || (cue.upos && cue.upos !== 'VERB')) return null;
    for (let j = i - 1; j >= from && j >= i - 8; j--) {
      const w = this.words[j]!;
      if (isPunct(w)) return null;
      if (CAUSATIVE_LASSEN.has(w.lower)) return j;
    }
    return null;
  }

  /** Start of the attribution clause that holds word i (a "wie" or the sentence start). */
  protected frameStart(i: number): number {
    const s = this.words[i]!.sentence;
    const first = this.sentenceFirstWord[s]!;
    for (let j = i - 1; j >= first; j--) {
      const w = this.words[j]!;
      if (w.text === ')') {
        while (j > first && this.words[j]!.text !== '(') j--;
        continue;
      }
      if (w.text === ':' || w.text === ';' || this.inQuote[j] !== -1) return j + 1;
      if (w.text === ',') {
        // Commas of an apposition ("Kurt Volker, ein …, sagte") or of a parenthesis right
        // after the subject ("Viele der Top-Beamten Trumps, wie …, sagen") stay inside the clause.
        const np = nounPhraseAt(this.words, this.skipFiller(first, i), i, this.input.entities);
        if (np && (np.to >= j || this.words[np.to]?.text === ',')) continue;
        return j + 1;
      }
    }
    return first;
  }

  /**
   * In the attributed mode, whether an indirect quote is one a reader should be shown:
   * its speaker can speak ("Luftaufnahmen zeigen, dass …" is no quotation), a verb or
   * noun cue has a source ("Die Frage ist, ob …", "Es stimmt, dass …" have none) unless
   * it is impersonal ("heißt es") or passive. Trims the marker from a source
   * ("Angaben von X" → "X") and leaves "demnach" to the previous speaker.
   */
  protected accepts(q: FoundQuote): boolean {
    if (this.mode === 'broad') return true;
    const cue = q.cue;
    if (cue && this.lexicon.anaphoric.has(cue.text.toLowerCase())) {
      q.speaker = null;
      return true;
    }
    // "hieß es aus der Parteizentrale": the phrase after "heißt es" is a source by construction.
    if (q.speaker && cue && /^(?:heißt|hieß)(?: es)?$/i.test(cue.text)) return true;
    if (q.speaker) {
      const from = firstStartingAtOrAfter(this.words, q.speaker.start);
      const possessive = this.words[from]!;
      if (
        POSSESSIVES.has(possessive.lower) &&
        markerSourceStart(this.words, from, q.speaker.end) === from &&
        REPORT_NOUN_AFTER(this.words, from)
      ) {
        // "Nach seinen Angaben …": the possessive stands for the speaker.
        q.speaker = {
          start: possessive.start,
          end: possessive.end,
          text: possessive.text,
          entity: null,
        };
        return true;
      }
      // "hat die Produktion nach eigenen Angaben gestoppt": the subject is its own source.
      if (
        /^eigene[nr]?$/.test(this.words[from]!.lower) &&
        cue &&
        MARKER_CUES.has(cue.text.toLowerCase())
      ) {
        const s = this.words[from]!.sentence;
        const subject = this.subjectOf(this.sentenceFirstWord[s]!, from, false);
        q.speaker = subject ? this.speakerRecord(subject) : null;
        return subject !== null;
      }
      const start = markerSourceStart(this.words, from, q.speaker.end);
      if (start !== null && start !== from) {
        // "nach Angaben der Talbahn": what follows the report noun is its source, if it can speak.
        const w = this.words[start]!;
        q.speaker = { ...q.speaker, start: w.start, text: this.text.slice(w.start, q.speaker.end) };
        q.speaker.entity = entityIn(q.speaker, this.input.entities, this.text);
      }
      if (start !== null && this.profile(q.speaker)) return true;
      // "Laut Anklage soll der Mann …", "Ein Defekt sei nach bisherigen Erkenntnissen
      // ausgeschlossen": a marker with no one behind it still reports speech when the
      // content is in Konjunktiv; its speaker is the one who spoke before.
      if (cue && MARKER_CUES.has(cue.text.toLowerCase()) && this.reportedContent(q.content)) {
        q.speaker = null;
        this.inheritable.add(q);
        return true;
      }
      return false;
    }
    if (!cue) return true;
    const impersonal =
      /^(?:heißt|hieß)(?: es)?$/i.test(cue.text) ||
      (cue.auxiliary !== undefined && PASSIVE_AUX.has(cue.auxiliary.text.toLowerCase()));
    const verb = !isCapitalized(cue.text) || this.lexicon.verbs.has(cue.text.toLowerCase());
    return verb && impersonal;
  }
}
