/**
 * Cue words: speech, thought and writing verbs with their separated particles,
 * auxiliaries and further cue words (`teilte … mit`, `hat … gefordert`, `verwies darauf`).
 */

import { LEARNED_MIN_RATE } from './cue-lexicon.js';
import { ATTITUDE_VERBS, ATTRIBUTED_REPORT_VERBS } from './attribution.js';
import { isCapitalized, isPunct } from './words.js';
import { AUXILIARIES, CORE_SAYING, PRONOMINAL_ADVERBS, REPORT_VERBS } from './word-lists.js';

import { QuoteScan, CLAUSE_BREAK, SENTENCE_END, type CueMatch } from './quote-scan.js';

export abstract class CueScan extends QuoteScan {
  protected isVerbCue(i: number): { particle?: string; learned?: boolean } | null {
    const w = this.words[i]!;
    if (this.inQuote[i] !== -1) return null;
    if (w.upos && w.upos !== 'VERB' && w.upos !== 'AUX' && !this.invertedVerbSlot(i)) return null;
    const sentenceInitial = this.sentenceFirstWord[w.sentence] === i;
    if (isCapitalized(w.text) && !sentenceInitial && !w.upos) return null;
    // "zeigte sich erleichtert, dass …", "gab sich zuversichtlich, dass …": an attitude with its content.
    if (
      this.mode === 'attributed' &&
      ATTITUDE_VERBS.has(w.lower) &&
      this.words[i + 1]?.lower === 'sich'
    )
      return {};
    const readings = this.lexicon.verbs.get(w.lower);
    if (readings && readings.length > 0) {
      const whole = readings.find((r) => !r.particle);
      if (whole) return {};
      return { particle: readings[0]!.particle! };
    }
    if (w.lemma && this.lexicon.verbs.has(w.lemma.toLowerCase())) return {};
    const rate = this.lexicon.learned.get(w.lower);
    if (rate !== undefined && rate >= LEARNED_MIN_RATE && !isCapitalized(w.text))
      return { learned: true };
    return null;
  }

  /**
   * Where a listed finite cue form stands in a verb's slot, whatever a tagger made of it:
   * right after a comma and before its subject ("„…“, ergänzte Landrat Peter Hansen", read
   * as adjective + noun), or right after a name or noun and before the colon or comma that
   * opens the quotation, alone or with its particle ("Petra Sommer kritisierte: „…“",
   * "Sommer gab zu: „…“", where "gab" was read as a name).
   */
  protected invertedVerbSlot(i: number): boolean {
    const w = this.words[i]!;
    if (isCapitalized(w.text) || !this.lexicon.verbs.has(w.lower)) return false;
    const prev = this.words[i - 1];
    const next = this.words[i + 1];
    if (!prev || !next) return false;
    if (prev.text === ',')
      return (
        w.upos === 'ADJ' &&
        (isCapitalized(next.text) || /^(?:der|die|das|ein|eine|er|sie)$/.test(next.lower))
      );
    // A name or noun before it ("Sommer", "Landrätin"), not a pronoun ("Sie wissen, …").
    if (!isCapitalized(prev.text) || isPunct(prev)) return false;
    if (prev.upos && prev.upos !== 'PROPN' && prev.upos !== 'NOUN') return false;
    if (w.upos && !['ADJ', 'PROPN', 'NOUN', 'X'].includes(w.upos)) return false;
    const particles = (this.lexicon.verbs.get(w.lower) ?? []).map((r) => r.particle);
    const after = particles.includes(next.lower) ? this.words[i + 2] : next;
    return after?.text === ':' || after?.text === ',';
  }

  /** Matches a verb cue at i, with its separated particle when one is needed. */
  protected verbCueAt(i: number): CueMatch | null {
    const reading = this.isVerbCue(i);
    if (!reading) return null;
    const w = this.words[i]!;
    const allParticles = (this.lexicon.verbs.get(w.lower) ?? [])
      .filter((r) => r.particle)
      .map((r) => r.particle!);
    // Look for a particle at the end of the clause ("teilte … mit", "fügte hinzu").
    let reach = i + 15;
    for (let j = i + 1; j < this.sentenceEndWord[w.sentence]! && j < reach; j++) {
      const x = this.words[j]!;
      // A parenthesis inside the clause does not end it: "teilte das Landesamt (LVL) … mit".
      if (x.text === '(') {
        let close = j + 1;
        while (close < j + 10 && this.words[close] && this.words[close]!.text !== ')') close++;
        if (this.words[close]?.text === ')' && close < this.sentenceEndWord[w.sentence]!) {
          reach += close - j;
          j = close;
          continue;
        }
      }
      if (this.inQuote[j] !== -1 || CLAUSE_BREAK.has(x.text) || SENTENCE_END.has(x.text)) break;
      if (allParticles.includes(x.lower)) {
        const next = this.words[j + 1];
        if (
          !next ||
          CLAUSE_BREAK.has(next.text) ||
          SENTENCE_END.has(next.text) ||
          this.inQuote[j + 1] !== -1 ||
          next.lower === 'und'
        ) {
          return this.withParts({
            index: i,
            particle: j,
            to: this.words[i + 1]?.lower === 'sich' ? i + 2 : i + 1,
            kind: 'verb',
          });
        }
      }
    }
    const before = this.words[i - 1];
    if (before && allParticles.includes(before.lower) && before.sentence === w.sentence) {
      return { index: i, particle: i - 1, to: i + 1, kind: 'verb' };
    }
    if (reading.particle) return null;
    if (reading.learned) return { index: i, to: i + 1, kind: 'verb', learned: true };
    return this.withParts(
      this.withAuxiliary({
        index: i,
        to: this.words[i + 1]?.lower === 'sich' ? i + 2 : i + 1,
        kind: 'verb',
      }),
    );
  }

  /** Words that belong to a verb cue: "verwies darauf", "mit den Worten", "es heißt", "Es wird angenommen". */
  protected withParts(c: CueMatch): CueMatch {
    const parts: number[] = [...(c.parts ?? [])];
    const after = this.words[c.to];
    if (after && PRONOMINAL_ADVERBS.has(after.lower)) parts.push(c.to);
    const sentence = this.words[c.index]!.sentence;
    const end = this.sentenceEndWord[sentence]!;
    for (let j = c.index + 1; j < end && j < c.index + 10; j++) {
      const x = this.words[j]!;
      if (this.inQuote[j] !== -1 || SENTENCE_END.has(x.text)) break;
      if (
        x.lower === 'mit' &&
        this.words[j + 1]?.lower === 'den' &&
        this.words[j + 2]?.lower === 'worten'
      ) {
        parts.push(j, j + 1, j + 2);
        break;
      }
    }
    const verb = c.auxiliary ?? c.index;
    if (this.words[verb - 1]?.lower === 'es') parts.push(verb - 1);
    return parts.length > 0 ? { ...c, parts } : c;
  }

  /** A participle cue takes the finite auxiliary earlier in its clause: "hat … gefordert". */
  protected withAuxiliary(c: CueMatch): CueMatch {
    const w = this.words[c.index]!;
    if (!/(?:t|en)$/.test(w.lower)) return c;
    // Verb-final clause: "…, was er gesagt hatte".
    const next = this.words[c.to];
    if (next && AUXILIARIES.has(next.lower) && next.sentence === w.sentence)
      return { ...c, auxiliary: c.to };
    const first = this.sentenceFirstWord[w.sentence]!;
    for (let j = c.index - 1; j >= first && j > c.index - 14; j--) {
      const x = this.words[j]!;
      if (CLAUSE_BREAK.has(x.text) || this.inQuote[j] !== -1) break;
      if (AUXILIARIES.has(x.lower)) return { ...c, auxiliary: j };
    }
    return c;
  }

  /** A reported main clause: a finite verb in Konjunktiv, or any V2 clause that is no relative clause. */
  protected isReportVerb(c: CueMatch): boolean {
    const readings = this.lexicon.verbs.get(this.words[c.index]!.lower) ?? [];
    return readings.some((r) => REPORT_VERBS.has(r.lemma) || CORE_SAYING.has(r.lemma));
  }

  /** A verb whose bare report is a report of speech (more of them in the attributed mode). */
  protected isReportLemma(lemma: string): boolean {
    return (
      REPORT_VERBS.has(lemma) || (this.mode === 'attributed' && ATTRIBUTED_REPORT_VERBS.has(lemma))
    );
  }

  protected isCoreSayingVerb(c: CueMatch): boolean {
    const readings = this.lexicon.verbs.get(this.words[c.index]!.lower) ?? [];
    return readings.some((r) => CORE_SAYING.has(r.lemma));
  }
}
