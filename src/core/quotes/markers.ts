/**
 * Source markers and nominal cues: `laut X`, `nach Angaben von X`, `X zufolge`,
 * `wie X sagte`, `…, so X`, `so rechnete X vor`, `die Forderung der Opposition, dass …`.
 */

import type { Span } from '../contract/types.js';
import { WIE_OPINION_VERBS } from './attribution.js';
import { nounPhraseAt, type SpeakerSpan } from './speaker.js';
import { isCapitalized, isPunct } from './words.js';
import { DETERMINER_WORDS, COMPLEMENTIZERS } from './word-lists.js';

import { DirectScan } from './direct-speech.js';

import { CLAUSE_BREAK, SENTENCE_END, type CueMatch, type FoundQuote } from './quote-scan.js';

export abstract class MarkerScan extends DirectScan {
  /** "laut X …", "nach Angaben von X …", "wie X sagte, …", ", so X" at word i. */
  protected markerBefore(i: number): FoundQuote | null {
    const w = this.words[i]!;
    const s = w.sentence;
    const end = this.sentenceEndWord[s]!;
    if (w.lower === 'wie') {
      // "Wie die Polizei mitteilte, …" / "…, wie der Sprecher sagte." / "…, wie X, Direktor des Y, betont."
      const first = this.sentenceFirstWord[s]!;
      const inverted = this.words[i - 1]?.text === ',' && i - 1 > first;
      let limit = this.clauseEnd(i + 1, s);
      if (inverted) limit = this.contentEndWord(i + 1, s);
      // "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, …": the clause runs over an apposition.
      if (i === first) {
        const np = nounPhraseAt(
          this.words,
          i + 1,
          this.contentEndWord(i + 1, s),
          this.input.entities,
        );
        if (np && np.to > limit) limit = this.clauseEnd(np.to, s);
      }
      for (let j = i + 1; j < limit; j++) {
        // "…, wie GSB-Landeschefin Katrin Oberle findet.": an opinion verb closing an
        // inverted wie-clause is a cue there, though not elsewhere ("findet statt").
        const opinion =
          this.mode === 'attributed' &&
          inverted &&
          WIE_OPINION_VERBS.has(this.words[j]!.lower) &&
          SENTENCE_END.has(this.words[j + 1]?.text ?? '.');
        const c: CueMatch | null =
          this.verbCueAt(j) ?? (opinion ? { index: j, to: j + 1, kind: 'verb' } : null);
        if (!c) continue;
        const speaker = nounPhraseAt(this.words, i + 1, j, this.input.entities);
        if (inverted) {
          // "…, wie X betont." — the cue closes the sentence and X fills the gap up to it.
          const after = this.words[Math.max(c.to, (c.particle ?? -1) + 1)];
          // Adverbs may sit between speaker and cue: "wie EADS gestern mitteilte".
          // With tags, any verbless gap will do ("wie die Forschenden am Donnerstag im Fachjournal „…“ berichteten").
          const gap = this.words.slice(speaker?.to ?? j, j);
          const gapFilled =
            speaker !== null &&
            (gap.every(
              (x) =>
                x.text === ',' ||
                (!isCapitalized(x.text) && !isPunct(x) && !DETERMINER_WORDS.has(x.lower)),
            ) ||
              (this.mode === 'attributed' &&
                gap.every((x) => x.upos !== undefined && x.upos !== 'VERB' && x.upos !== 'AUX')));
          if (!gapFilled || (after && !SENTENCE_END.has(after.text))) continue;
          limit = j + 1;
        }
        const cue: CueMatch = { ...c, parts: [...(c.parts ?? []), i] };
        if (i === first && this.words[limit]?.text === ',') {
          const contentEnd = this.contentEndWord(limit + 1, s);
          if (contentEnd <= limit + 1) return null;
          return this.build('indirect', cue, speaker, this.span(limit + 1, contentEnd), {
            start: w.start,
            end: this.words[limit]!.end,
          });
        }
        if (inverted) {
          const from = this.invertedContentStart(i - 1, s);
          if (from === null) return null;
          return this.build('indirect', cue, speaker, this.span(from, i - 1), {
            start: this.words[i - 1]!.start,
            end: this.words[j]!.end,
          });
        }
        return null;
      }
      return null;
    }
    // "…, so X." and, with a dash for the comma, "… – so ein Sprecher der Stadtwerke."
    if (w.lower === 'so' && [',', '–', '—'].includes(this.words[i - 1]?.text ?? '')) {
      const parenthesis = this.mode === 'attributed' ? this.soParenthesis(i, s) : null;
      if (parenthesis) return parenthesis;
      const np = nounPhraseAt(
        this.words,
        i + 1,
        this.contentEndWord(i + 1, s),
        this.input.entities,
      );
      if (!np) return null;
      // "…, so X." / "…, so X weiter." / "…, so X gegenüber der Zeitung." — no verb may follow.
      const rest = this.words.slice(np.to, this.contentEndWord(i + 1, s));
      if (
        rest.some((x) => x.upos === 'VERB' || x.upos === 'AUX' || this.lexicon.verbs.has(x.lower))
      )
        return null;
      const from = this.invertedContentStart(i - 1, s);
      // "Die Kosten: jedes Jahr rund 150 Millionen Euro, so das Ministerium." needs no verb
      // for a reader: the closing "so X" attributes whatever precedes it.
      if (
        from === null ||
        i - 1 - from < 3 ||
        (!this.isClause(from, i - 1) && this.mode === 'broad')
      )
        return null;
      return this.build(
        'indirect',
        { index: i, to: i + 1, kind: 'marker-before' },
        np,
        this.span(from, i - 1),
        {
          start: this.words[i - 1]!.start,
          end: this.words[np.to - 1]!.end,
        },
      );
    }
    const marker = this.lexicon.beforeMarkers.find(
      (m) =>
        m[0] !== 'wie' && m[0] !== 'so' && m.every((part, k) => this.words[i + k]?.lower === part),
    );
    if (!marker) {
      // "nach NASA-Angaben", "nach Polizeiangaben"
      if (w.lower === 'nach' || w.lower === 'gemäß') {
        const np = nounPhraseAt(this.words, i + 1, end, this.input.entities, {
          allowApposition: false,
        });
        const heads = np ? this.words.slice(i + 1, np.to).filter((x) => isCapitalized(x.text)) : [];
        if (np && heads.some((x) => REPORT_NOUNS.test(x.text)))
          return this.markerPhrase(i, i + 1, i + 1, end);
      }
      return null;
    }
    const isNach = marker[0] === 'nach';
    // SpkAtt: the cue is the preposition; "Angaben von X" is the source.
    return this.markerPhrase(i, isNach ? i + 1 : i + marker.length, i + marker.length, end);
  }

  protected markerPhrase(
    cueIndex: number,
    sourceFrom: number,
    afterMarker: number,
    end: number,
  ): FoundQuote | null {
    const s = this.words[cueIndex]!.sentence;
    let np = nounPhraseAt(this.words, sourceFrom, end, this.input.entities);
    if (np && np.to < afterMarker)
      np = { ...np, end: this.words[afterMarker - 1]!.end, to: afterMarker };
    if (!np) return null;
    const cue: CueMatch = { index: cueIndex, to: cueIndex + 1, kind: 'marker-before' };
    const first = this.sentenceFirstWord[s]!;
    const contentEnd = this.contentEndWord(first, s);
    // Content: the rest of the sentence around the marker phrase.
    const parts: Span[] = [];
    const markerStart = this.frameStartForMarker(cueIndex);
    if (markerStart > first) parts.push(this.span(first, markerStart));
    let after = np.to;
    if (this.words[after]?.text === ',') after++;
    if (after < contentEnd) parts.push(this.span(after, contentEnd));
    if (parts.length === 0) return null;
    const content = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
    return this.build('indirect', cue, np, content, {
      start: this.words[cueIndex]!.start,
      end: this.words[np.to - 1]!.end,
    });
  }

  protected frameStartForMarker(cueIndex: number): number {
    const prev = this.words[cueIndex - 1];
    return prev && prev.text === ',' ? cueIndex - 1 : cueIndex;
  }

  /**
   * "Mehr als 52 Millionen Euro, so rechnete die Kammer vor, haben … verloren": a
   * parenthetical "so" + cue + speaker inside the reported sentence.
   */
  protected soParenthesis(i: number, s: number): FoundQuote | null {
    // Any verb will do before "es": "so rekonstruieren es die Ermittler", "so schildert es X".
    const verb = this.words[i + 1];
    const c: CueMatch | null =
      this.verbCueAt(i + 1) ??
      (verb?.upos === 'VERB' && this.words[i + 2]?.lower === 'es'
        ? { index: i + 1, to: i + 3, kind: 'verb' }
        : null);
    if (!c) return null;
    const speaker = this.speakerAfter(c);
    if (!speaker) return null;
    const close = Math.max(speaker.to, c.to, (c.particle ?? -1) + 1);
    if (this.words[close]?.text !== ',') return null;
    const first = this.sentenceFirstWord[s]!;
    const contentEnd = this.contentEndWord(first, s);
    if (close + 1 >= contentEnd || i - 1 <= first) return null;
    return this.build(
      'indirect',
      { ...c, parts: [...(c.parts ?? []), i] },
      speaker,
      this.span(first, contentEnd),
      { start: this.words[i - 1]!.start, end: this.words[close]!.end },
    );
  }

  /** "X zufolge …" */
  protected markerAfter(i: number, s: number): FoundQuote | null {
    const first = this.sentenceFirstWord[s]!;
    let from = i - 1;
    while (from > first && !CLAUSE_BREAK.has(this.words[from - 1]!.text) && i - from < 8) from--;
    let np: SpeakerSpan | null = null;
    for (let k = from; k < i && !np; k++) {
      const cand = nounPhraseAt(this.words, k, i, this.input.entities, { allowApposition: false });
      if (cand && cand.to === i) np = cand;
    }
    if (!np) return null;
    const contentEnd = this.contentEndWord(i + 1, s);
    const parts: Span[] = [];
    if (np.from > first) parts.push(this.span(first, np.from));
    if (i + 1 < contentEnd) parts.push(this.span(i + 1, contentEnd));
    if (parts.length === 0) return null;
    const content = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
    return this.build('indirect', { index: i, to: i + 1, kind: 'marker-after' }, np, content, {
      start: np.start,
      end: this.words[i]!.end,
    });
  }

  /** "die Forderung der Opposition, dass …", "seine Warnung, …" */
  protected nominalAt(i: number, s: number): FoundQuote | null {
    const w = this.words[i]!;
    if (!this.lexicon.nominal.has(w.lower) || !isCapitalized(w.text)) return null;
    const end = this.sentenceEndWord[s]!;
    let j = i + 1;
    let speaker: SpeakerSpan | null = null;
    if (this.words[j] && ['von', 'vom', 'des', 'der'].includes(this.words[j]!.lower)) {
      const limit = this.clauseEnd(j + 1, s);
      const from = this.words[j]!.lower.startsWith('d') ? j : j + 1;
      speaker = nounPhraseAt(this.words, from, limit, this.input.entities, {
        allowApposition: false,
        nested: true,
      });
      if (speaker) j = speaker.to;
    }
    // The noun may close its clause a few words later: "Beobachter kamen zum Ergebnis, dass …".
    while (
      j < end &&
      j < i + 4 &&
      this.words[j]!.text !== ',' &&
      !SENTENCE_END.has(this.words[j]!.text) &&
      this.inQuote[j] === -1
    )
      j++;
    if (this.words[j]?.text !== ',' || j + 1 >= end) return null;
    const next = this.words[j + 1]!;
    const zuInfinitive =
      this.looksLikeReportedClause(j + 1, this.contentEndWord(j + 1, s), false) &&
      !this.lexicon.konjunktiv.has(next.lower);
    if (!COMPLEMENTIZERS.has(next.lower) && next.lower !== 'ob' && !zuInfinitive) return null;
    if (!speaker) {
      const first = this.sentenceFirstWord[s]!;
      const np = nounPhraseAt(this.words, this.skipFiller(first, i), i, this.input.entities);
      if (np && np.to < i) speaker = np;
    }
    // The clause embedded in a noun phrase ends at its closing comma.
    let contentEnd = this.contentEndWord(j + 1, s);
    for (let k = j + 2; k < contentEnd; k++) {
      if (this.words[k]!.text === ',' && this.inQuote[k] === -1) {
        contentEnd = k;
        break;
      }
    }
    if (contentEnd <= j + 1) return null;
    return this.build(
      'indirect',
      { index: i, to: i + 1, kind: 'nominal' },
      speaker,
      this.span(j + 1, contentEnd),
      {
        start: w.start,
        end: this.words[j]!.end,
      },
    );
  }
}

/** Marker cues whose source may be no speaker ("laut Anklage", "nach bisherigen Erkenntnissen"). */
export const MARKER_CUES = new Set(['laut', 'lt.', 'nach', 'zufolge', 'gemäß']);

/** Nouns that make "nach X" a source marker: "nach ersten Untersuchungen", "nach Angaben der Polizei". */
export const REPORT_NOUNS =
  /(?:angaben|untersuchung(?:en)?|informationen|worten|aussagen?|meinung|ansicht|einschätzung|darstellung|berichte?n?|meldung(?:en)?|studien?|umfragen?|hochrechnung(?:en)?|schätzung(?:en)?|erkenntnisse?n?|ermittlungen|berechnungen|prognosen?|vorstellungen|auskunft|recherchen|zählung(?:en)?|statistiken?|ergebnisse?n?|auffassung|überzeugung|vermutung(?:en)?|spekulationen|quellen|zeugen|experten|beobachter|willen|ermittlungsstand|kenntnisstand|darstellungen|einschätzungen|ansichten|stellungnahmen?|analysen?|endergebnis|medien|planung(?:en)?|nachrichten?|erfahrungen|gesetzesentwurf|entwurf|idee|vernehmen|wunsch|grundgesetz|auswertung(?:en)?|bilanz|quellenlage|mitteilung(?:en)?|erklärung(?:en)?|worte)$/i;
