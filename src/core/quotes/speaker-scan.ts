/**
 * The speaker of a cue: the subject before it or after it (V2 with fronted material),
 * impersonal sources (`heißt es aus X`), the subject of an introducing clause or of the
 * sentence before a quotation, and the part of a phrase that can speak.
 */

import { FUNCTION_WORDS, nounPhraseAt, PERSONAL_PRONOUNS, type SpeakerSpan } from './speaker.js';
import { markerSourceStart, statementSourceStart } from './attribution.js';
import { isCapitalized, isPunct } from './words.js';
import { AUXILIARIES, OBJECT_CASE, PRONOUN_SUBJECTS, DETERMINER_LIKE } from './word-lists.js';

import { CueScan } from './cue-scan.js';

import { SENTENCE_END, type CueMatch } from './quote-scan.js';

export abstract class SpeakerScan extends CueScan {
  /** Speaker right after the cue: "sagte ein westlicher Diplomat in Kiew", "sagte er". */
  protected speakerAfter(c: CueMatch): SpeakerSpan | null {
    const sentence = this.words[c.index]!.sentence;
    // The phrase may run past a comma into an apposition ("sagte X, Sprecher des Y,").
    const limit = this.sentenceEndWord[sentence]!;
    let i = c.to;
    // "sagte am Sonntag der Minister": skip one short adverbial before the subject.
    for (let tries = 0; tries < 3 && i < limit; tries++) {
      const np = nounPhraseAt(this.words, i, limit, this.input.entities);
      // A subject is in the nominative: "den/dem/einen/einem …" after the verb is an object.
      if (np && OBJECT_CASE.has(this.words[i]!.lower)) return null;
      if (np && !['es'].includes(this.words[i]!.lower)) return np;
      const w = this.words[i]!;
      if (
        [
          'am',
          'im',
          'gestern',
          'heute',
          'dazu',
          'zudem',
          'außerdem',
          'bereits',
          'auch',
          'nun',
          'jetzt',
          'später',
          'weiter',
          'ferner',
          'gegenüber',
          'in',
          'bei',
          'vor',
        ].includes(w.lower)
      ) {
        i++;
        // Skip the object of the preposition.
        const obj = nounPhraseAt(this.words, i, limit, this.input.entities, {
          allowApposition: false,
        });
        if (obj && !['am', 'im'].includes(w.lower)) i = obj.to;
        else if (obj) i = obj.to;
        continue;
      }
      break;
    }
    return null;
  }

  /** Subject before the cue in the clause [from, cue): "Der Minister sagte", "Kurt Volker, ein …, sagte". */
  protected speakerBefore(from: number, cue: number): SpeakerSpan | null {
    const start = this.skipFiller(from, cue);
    // "…, der in einer Stellungnahme betonte, …" / "Diese bestätigte, …": a pronoun subject.
    const first = this.words[start];
    const next = this.words[start + 1];
    if (
      first &&
      PRONOUN_SUBJECTS.has(first.lower) &&
      next &&
      !isCapitalized(next.text) &&
      (!next.upos || (next.upos !== 'ADJ' && next.upos !== 'NOUN'))
    ) {
      return { start: first.start, end: first.end, from: start, to: start + 1 };
    }
    const np = nounPhraseAt(this.words, start, cue, this.input.entities);
    if (!np) return null;
    // A subject is in the nominative: "Dem Angeklagten wird vorgeworfen, …" names the
    // accused, "Dem Minister sagte die Sprecherin" the addressee.
    if (OBJECT_CASE.has(this.words[np.from]!.lower)) return null;
    // The noun phrase must be followed by the cue or by auxiliaries/adverbs only;
    // a parenthesis between commas ("…, wie der … JD Vance, sagen") is skipped.
    for (let j = np.to; j < cue; j++) {
      const w = this.words[j]!;
      if (w.text === ',' && j === np.to) {
        let k = j + 1;
        while (k < cue && this.words[k]!.text !== ',') k++;
        if (k < cue) {
          j = k;
          continue;
        }
      }
      if (
        w.text === ',' ||
        AUXILIARIES.has(w.lower) ||
        (!isCapitalized(w.text) && !DETERMINER_LIKE.has(w.lower))
      )
        continue;
      return null;
    }
    return np;
  }

  /** Fronted material before the cue means the subject follows it (V2). */
  protected subjectFollowsCue(from: number, cue: number): boolean {
    const first = this.words[this.skipFiller(from, cue)];
    if (!first) return true;
    if (PERSONAL_PRONOUNS.has(first.lower) && first.lower !== 'es') return false;
    return FUNCTION_WORDS.has(first.lower) && !['der', 'die', 'das'].includes(first.lower);
  }

  protected speakerFor(c: CueMatch, clauseStart: number): SpeakerSpan | null {
    if (c.auxiliary !== undefined && c.auxiliary >= clauseStart) {
      const aux = c.auxiliary;
      if (aux > clauseStart && !this.subjectFollowsCue(clauseStart, aux)) {
        const before = this.speakerBefore(clauseStart, aux);
        if (before) return before;
      }
      return this.speakerAfter({ index: aux, to: aux + 1, kind: 'verb' });
    }
    // "Die Bestrebungen … bezeichnete er als …": a pronoun right after the verb is the subject.
    const next = this.words[c.to];
    if (next && (next.lower === 'er' || next.lower === 'sie') && c.index > clauseStart) {
      return { start: next.start, end: next.end, from: c.to, to: c.to + 1 };
    }
    if (c.index > clauseStart && !this.subjectFollowsCue(clauseStart, c.index)) {
      const before = this.speakerBefore(clauseStart, c.index);
      // "Die Kosten bezifferte die Verwaltung auf …": a fronted object that cannot speak is no subject.
      if (before && (this.mode === 'broad' || this.profile(before))) return before;
      if (before) return this.speakerAfter(c) ?? before;
    }
    return this.speakerAfter(c);
  }

  /**
   * The speaker of a quotation with no cue, from what comes right before it: the subject
   * of a clause that ends in a colon ("Wörle warb für das Projekt: „…“"), or the person
   * who is the subject of the sentence before ("Die Ministerin äußerte sich am Abend. „…“").
   */
  protected speakerIntroducing(beforeIdx: number): SpeakerSpan | null {
    const last = this.words[beforeIdx];
    if (!last || this.inQuote[beforeIdx] !== -1) return null;
    const s = last.sentence;
    if (last.text === ':') {
      const from = this.clauseStart(beforeIdx);
      return this.subjectOf(from, beforeIdx, false) ?? this.colonSource(from, beforeIdx);
    }
    if (!SENTENCE_END.has(last.text)) return null;
    const sentence = this.sentences[s]!;
    // The sentence before must be narration, not another quotation (whose speaker is inherited).
    if (this.topQuotes.some((q) => q.start < sentence.end && sentence.start < q.end)) return null;
    return this.subjectOf(this.sentenceFirstWord[s]!, beforeIdx, true);
  }

  /**
   * Who speaks in a clause before a colon that has no speaking subject: the source of a
   * statement noun ("Die Bilanz des Ministers: „…“", "Sein Fazit fiel knapp aus: „…“") or the
   * person a judgement is ascribed to ("Für den Bürgermeister ist klar: „…“"), or the
   * speaker alone before the colon of a headline ("Landrat Hansen: „…“").
   */
  protected colonSource(from: number, to: number): SpeakerSpan | null {
    const start = this.skipFiller(from, to);
    const first = this.words[start];
    if (!first) return null;
    if (first.lower === 'für') {
      const np = nounPhraseAt(this.words, start + 1, to, this.input.entities);
      return np && this.profile(np) ? np : null;
    }
    // A headline or caption: "Landrat Hansen: „…“", "Kapitän: „…“" — the clause is the speaker alone.
    const whole = nounPhraseAt(this.words, start, to, this.input.entities);
    if (whole && whole.to === to && this.profile(whole)) return whole;
    const source = statementSourceStart(this.words, start, to);
    if (source === null) return null;
    if (source === start) {
      const w = this.words[start]!;
      return { start: w.start, end: w.end, from: start, to: start + 1 };
    }
    const np = nounPhraseAt(this.words, source, to, this.input.entities);
    return np && this.profile(np) ? np : null;
  }

  /** The subject at the start of words [from, to) when a finite verb follows it. */
  protected subjectOf(from: number, to: number, personOnly: boolean): SpeakerSpan | null {
    const start = this.skipFiller(from, to);
    const np = nounPhraseAt(this.words, start, to, this.input.entities);
    // An apposition ends in a comma: "Der Chef des Herstellers, Lars Dahlström, gibt sich …".
    const after = np && this.words[np.to]?.text === ',' ? np.to + 1 : (np?.to ?? 0);
    const verb = np ? this.words[after] : undefined;
    if (!np || !verb || after >= to) return null;
    const finite = verb.upos
      ? verb.upos === 'VERB' || verb.upos === 'AUX'
      : !isCapitalized(verb.text);
    if (!finite || isPunct(verb)) return null;
    const profile = this.profile(np);
    if (!profile) return null;
    if (personOnly && profile.kind !== 'person' && profile.kind !== 'pronoun') return null;
    return np;
  }

  /**
   * The part of a speaker phrase that can speak: the phrase itself, or the source after its
   * report noun ("hieß es in einer Mitteilung des Vereins" → "des Vereins"); null if none.
   */
  protected ableSource(span: SpeakerSpan): SpeakerSpan | null {
    if (this.profile(span)) return span;
    const start = markerSourceStart(this.words, span.from, span.end);
    if (start === null || start === span.from) return null;
    const trimmed = { ...span, from: start, start: this.words[start]!.start };
    return this.profile(trimmed) ? trimmed : null;
  }

  /** `heißt es in einem Positionspapier …` / `hieß es aus dem Ministerium` */
  protected impersonalSource(cue: CueMatch): SpeakerSpan | null {
    const verb = this.words[cue.index]!;
    // "In einem Positionspapier heißt es, …" / "Aus Militärkreisen verlautete, …": the source is the fronted phrase.
    if (/^(?:heißt|hieß|verlautete|verlautet)$/.test(verb.lower)) {
      const first = this.sentenceFirstWord[verb.sentence]!;
      const lead = this.words[this.skipFiller(first, cue.index)];
      if (lead && ['in', 'im', 'aus', 'von', 'vom'].includes(lead.lower)) {
        const from = this.words.indexOf(lead) + 1;
        const np = nounPhraseAt(this.words, from, cue.index, this.input.entities);
        if (np) return np;
      }
    }
    if (this.words[cue.to - 1]?.lower !== 'es' || cue.to - 1 === cue.index) return null;
    const next = this.words[cue.to];
    if (next && ['in', 'im', 'aus', 'von', 'vom', 'bei', 'beim'].includes(next.lower)) {
      const limit = this.clauseEnd(cue.to + 1, next.sentence);
      return nounPhraseAt(this.words, cue.to + 1, limit, this.input.entities);
    }
    return null;
  }
}
