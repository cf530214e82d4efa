/**
 * Reports of speech with no reported clause (`Die Polizei sprach von 800 Autos`,
 * `war von fünf Toten die Rede`) and reported passages in Konjunktiv with no cue of
 * their own.
 */

import { ATTRIBUTED_REPORT_VERBS, ESTIMATE_VERBS } from './attribution.js';
import { nounPhraseAt } from './speaker.js';
import { firstEndingAtOrAfter } from '../spans.js';
import { PAST_LIKE_KONJUNKTIV_II, ATTITUDE_VERBS, EVALUATIVE_VERBS } from './attribution.js';
import { REPORT_MODALS, GENERIC_VERBS, PASSIVE_AUX, KONJUNKTIV_II } from './word-lists.js';

import { MarkerScan } from './markers.js';

import { CLAUSE_BREAK, type CueMatch, type FoundQuote } from './quote-scan.js';

export abstract class ReportScan extends MarkerScan {
  /**
   * A report of speech with no reported clause: "Die Polizei sprach von 800 Autos.",
   * "Die Opposition wies die Änderungen zurück.", "Island will den Walfang aufnehmen."
   * The whole sentence is the content; the main-clause verb is the cue.
   */
  protected speechReport(s: number, usedCues: ReadonlySet<number>): FoundQuote | null {
    const first = this.sentenceFirstWord[s]!;
    const end = this.sentenceEndWord[s]!;
    let limit = end;
    // The main clause: past a leading apposition ("Kemal Bedri, Vorsitzender der …, begründete")
    // or a fronted infinitive clause ("Um … zu gefährden, wollte die Polizei …").
    let from = first;
    const lead = nounPhraseAt(this.words, first, end, this.input.entities);
    if (lead && lead.to > first) from = this.words[lead.to]?.text === ',' ? lead.to + 1 : lead.to;
    if (this.words[first]?.lower === 'um') {
      for (let k = first + 1; k < end; k++) {
        if (this.words[k]!.text === ',') {
          from = k + 1;
          break;
        }
      }
    }
    for (let j = from; j < end; j++) {
      if (CLAUSE_BREAK.has(this.words[j]!.text)) {
        limit = j;
        break;
      }
    }
    // "Er fuhr fort:" introduces the quotation that follows; that is direct speech.
    if (this.words[end - 1]?.text === ':') return null;
    if (this.mode === 'attributed') {
      const talk = this.talkOf(first, end);
      if (talk) return talk;
    }
    for (let i = first; i < limit && i < from + 12; i++) {
      const w = this.words[i]!;
      let c: CueMatch | null = null;
      if (REPORT_MODALS.has(w.lower)) c = { index: i, to: i + 1, kind: 'verb' };
      else if (this.lexicon.verbs.has(w.lower)) {
        c = this.verbCueAt(i);
        // Common verbs count only with their speech particle: "sieht … als", "hält … für".
        // "meldete schwere Gefechte" reports, "meldete sich" does not (attributed mode).
        const reporting =
          this.mode === 'attributed' &&
          this.words[i + 1]?.lower !== 'sich' &&
          // "meldet Insolvenz an" is another verb (anmelden).
          !/^(?:an|ab|auf|aus|um|vor|zurück|ein)$/.test(this.words[limit - 1]?.lower ?? '') &&
          (this.lexicon.verbs.get(w.lower) ?? []).some(
            (r) =>
              ATTRIBUTED_REPORT_VERBS.has(r.lemma) ||
              // "schätzt den Schaden auf 30 Millionen Euro" (but "schätzt die Beratung").
              (ESTIMATE_VERBS.has(r.lemma) &&
                this.words.slice(i + 1, limit).some((x) => x.lower === 'auf')),
          );
        if (c && GENERIC_VERBS.has(w.lower) && c.particle === undefined && !reporting) c = null;
        if (
          c &&
          !reporting &&
          !(this.lexicon.verbs.get(w.lower) ?? []).some((r) => this.isReportLemma(r.lemma))
        )
          c = null;
      }
      if (!c || usedCues.has(w.start)) continue;
      if (this.mode === 'attributed') {
        // "gab sich kämpferisch": an attitude with no content is no quotation.
        if (ATTITUDE_VERBS.has(w.lower) && this.words[i + 1]?.lower === 'sich') continue;
        // Plans and intentions ("will … einsparen") and evaluations with a plain object
        // ("lobte die Abwehr") report no content of speech.
        if (REPORT_MODALS.has(w.lower)) continue;
        const lemmas = (this.lexicon.verbs.get(w.lower) ?? []).map((r) => r.lemma);
        if (lemmas.some((l) => EVALUATIVE_VERBS.has(l))) return null;
      }
      // Passive ("Der Kommission wird Verschleppung vorgeworfen"): the speaker is the agent
      // after "von", if named at all.
      if (c.auxiliary !== undefined && PASSIVE_AUX.has(this.words[c.auxiliary]!.lower)) {
        if (!(this.lexicon.verbs.get(w.lower) ?? []).some((r) => this.isReportLemma(r.lemma)))
          return null;
        const von = this.words
          .slice(first, end)
          .findIndex((x) => x.lower === 'von' || x.lower === 'vom');
        const agent =
          von === -1 ? null : nounPhraseAt(this.words, first + von + 1, end, this.input.entities);
        // "Den Geheimdiensten wird Sabotage vorgeworfen": with no one who accuses, no quotation.
        if (this.mode === 'attributed' && (!agent || !this.profile(agent))) return null;
        const q = this.build('indirect', c, agent, this.span(first, end), this.span(first, end));
        q.report = true;
        return q;
      }
      // "sprach mit X" is talk, "sprach von X" is a report of what was said.
      if (
        /^(?:sprach|sprachen|spricht|sprechen)$/.test(w.lower) &&
        !this.words.slice(i + 1, limit).some((x) => x.lower === 'von' || x.lower === 'über')
      )
        continue;
      let speaker = this.speakerFor(c, first);
      if (this.mode === 'attributed' && speaker && !this.profile(speaker)) {
        // "Brenner gratulierte … und schloss eine Anfechtung aus": the subject of the first conjunct.
        const und = this.words.slice(first, i).some((x) => x.lower === 'und');
        speaker = und && lead && this.profile(lead) ? lead : null;
      }
      if (!speaker || speaker.from > limit || !this.canSpeak(speaker)) return null;
      // A report needs a speaker who can speak ("Die Chemikalien sprechen für sich" is none).
      if (!this.profile(speaker)) return null;
      const q = this.build('indirect', c, speaker, this.span(first, end), this.span(first, end));
      q.report = true;
      return q;
    }
    return null;
  }

  /** "Zunächst war von fünf Toten die Rede": what was said, with no one named who said it. */
  protected talkOf(first: number, end: number): FoundQuote | null {
    for (let i = first + 1; i < end; i++) {
      if (this.words[i]!.text !== 'Rede' || this.words[i - 1]!.lower !== 'die') continue;
      if (!this.words.slice(first, end).some((x) => x.lower === 'von' || x.lower === 'vom'))
        return null;
      const q = this.build(
        'indirect',
        { index: i, to: i + 1, kind: 'nominal' },
        null,
        this.span(first, end),
        this.span(first, end),
      );
      q.report = true;
      return q;
    }
    return null;
  }

  /**
   * "Die Rektorin zeigte sich stolz. Der Preis sei eine Anerkennung für das ganze Team.": a
   * sentence in plain Konjunktiv I (no quote before it to go on with) right after a
   * sentence whose subject is a person reports what that person said. Konjunktiv I is
   * the mood of reported speech in news German; Konjunktiv II and "sollen" are left out
   * here, as they are also conditional or plans.
   */
  protected freeIndirect(s: number, first: number, end: number): FoundQuote | null {
    if (s === 0) return null;
    const konjunktiv = this.words
      .slice(first, end)
      .some(
        (w, k) =>
          this.inQuote[first + k] === -1 &&
          this.isKonjunktivI(w) &&
          !['ich', 'wir', 'du'].includes(this.words[first + k - 1]?.lower ?? ''),
      );
    if (!konjunktiv) return null;
    // Not inside a subordinate clause of its own: "…, als sei nichts geschehen".
    const verb = this.words
      .slice(first, end)
      .findIndex((w, k) => this.isKonjunktivI(w) && this.inQuote[first + k] === -1);
    if (this.words.slice(first, first + verb).some((w) => w.text === ',')) return null;
    const before = this.sentenceFirstWord[s - 1]!;
    const speaker = this.subjectOf(before, this.sentenceEndWord[s - 1]!, true);
    if (!speaker) return null;
    const span = { start: this.words[first]!.start, end: this.words[end - 1]!.end };
    return {
      ...span,
      kind: 'indirect',
      cue: null,
      speaker: this.speakerRecord(speaker),
      content: { ...span },
    };
  }

  /**
   * A sentence in Konjunktiv I with no cue of its own, right after a quote:
   * reported speech that goes on ("Er habe …"). It inherits the previous speaker.
   */
  protected reportedSentence(
    s: number,
    direct: FoundQuote[],
    found: FoundQuote[],
  ): FoundQuote | null {
    const first = this.sentenceFirstWord[s]!;
    const end = this.sentenceEndWord[s]!;
    const sentence = this.sentences[s]!;
    if (direct.some((q) => q.start < sentence.end && sentence.start < q.end)) return null;
    const previous = [...direct, ...found].filter((q) => q.end <= sentence.start);
    const last = previous.reduce<FoundQuote | null>((a, b) => (!a || b.end > a.end ? b : a), null);
    const ending = last ? firstEndingAtOrAfter(this.sentences, last.end) : -1;
    const lastSentence = ending === this.sentences.length ? -1 : ending;
    if (!last || s - lastSentence > 3) return this.freeIndirect(s, first, end);
    let konjunktiv = false;
    for (let i = first; i < end; i++) {
      if (this.inQuote[i] !== -1) continue;
      const w = this.words[i]!;
      const prev = this.words[i - 1]?.lower;
      if (prev === 'ich' || prev === 'wir' || prev === 'du') continue;
      if (this.isKonjunktivI(w)) konjunktiv = true;
      // Konjunktiv II stands in for I where the two look alike ("sie würden", "bliebe"), right after a quote.
      else if (
        s - lastSentence <= 1 &&
        KONJUNKTIV_II.has(w.lower) &&
        (!w.xpos || /FIN$/.test(w.xpos)) &&
        (this.mode === 'broad' || !PAST_LIKE_KONJUNKTIV_II.has(w.lower)) &&
        // In a subordinate clause ("Die Frage ist, ob … hätte") Konjunktiv II is conditional.
        (this.mode === 'broad' ||
          !this.words.slice(first, i).some((x) => x.text === ',' || x.text === ':'))
      )
        konjunktiv = true;
    }
    // Reportive "sollen": "Die Täter sollen Personen erstochen haben."
    if (!konjunktiv) {
      const soll = this.words
        .slice(first, end)
        .findIndex((w) => w.lower === 'soll' || w.lower === 'sollen');
      // The main clause's last verb: "Sie sollen … ausgerüstet sein, die … treffen können."
      let mainEnd = this.contentEndWord(first, s);
      if (this.mode === 'attributed') {
        const comma = this.words
          .slice(first + soll + 1, mainEnd)
          .findIndex((x) => x.text === ',' && this.inQuote[this.words.indexOf(x)] === -1);
        if (comma !== -1) mainEnd = first + soll + 1 + comma;
      }
      const lastVerb = this.words[mainEnd - 1]?.lower ?? '';
      // "soll … werden" announces a plan; only "soll … haben/sein/worden" reports a claim.
      const reportive =
        this.mode === 'broad' ? /^(?:haben|sein|worden|werden)$/ : /^(?:haben|sein|worden)$/;
      if (soll !== -1 && reportive.test(lastVerb)) konjunktiv = true;
    }
    if (!konjunktiv) return null;
    return {
      start: this.words[first]!.start,
      end: this.words[end - 1]!.end,
      kind: 'indirect',
      cue: null,
      speaker: null,
      content: { start: this.words[first]!.start, end: this.words[end - 1]!.end },
    };
  }
}
