/**
 * The German quote finder. In order:
 * 1. quotation marks are paired (`quote-marks.ts`);
 * 2. each quotation that is no name or title becomes direct speech, with the cue and
 *    speaker of its attribution before (`X sagte: „…“`) or after (`„…“, sagte X`), or of
 *    the report verb it is embedded in (`nannte es „…“`);
 * 3. sentence by sentence, cues outside quotations yield indirect speech (complement
 *    clauses, reported main clauses, the inverted order, markers such as `laut X`,
 *    nominal cues), then reports of speech and reported (Konjunktiv) passages;
 * 4. indirect speech holding a quotation becomes mixed;
 * 5. quotes without a cue inherit the previous speaker, and `er`/`sie` are resolved.
 * It works on its own word scan; tags, lemmas and entities sharpen it when present.
 *
 * The finder is one class built in layers, one job per module: `quote-scan.ts` (words,
 * sentences, clause helpers) → `cue-scan.ts` (cue words) → `speaker-scan.ts` (the
 * speaker of a cue) → `direct-speech.ts` → `markers.ts` (`laut X`, `nach Angaben von X`,
 * nominal cues) → `reports.ts` (reports of speech, Konjunktiv passages) →
 * `indirect-speech.ts` → this module (the order of the steps, inherited speakers).
 * Who can speak is judged in `speaker-check.ts`, pronouns and roles are resolved in
 * `speaker-resolution.ts`.
 */
import { defaultCueLexicon, type CueLexicon } from './cue-lexicon.js';
import { spansWithin } from '../spans.js';
import { personNameWords } from './speaker-check.js';
import { resolveSpeakers } from './speaker-resolution.js';

import { IndirectScan } from './indirect-speech.js';

import {
  contains,
  INHERIT_SENTENCES,
  type FoundQuote,
  type QuoteInput,
  type QuoteOptions,
  type QuoteSpeaker,
} from './quote-scan.js';

export type { FoundQuote, QuoteCue, QuoteInput, QuoteOptions, QuoteSpeaker } from './quote-scan.js';

export function findQuotes(
  input: QuoteInput,
  lexicon: CueLexicon = defaultCueLexicon(),
  options: QuoteOptions = {},
): FoundQuote[] {
  return new QuoteFinder(input, lexicon, options.mode ?? 'attributed').run();
}

class QuoteFinder extends IndirectScan {
  run(): FoundQuote[] {
    const direct = this.findDirect();
    const indirect = this.findIndirect(direct);
    const all = [
      ...direct.filter(
        (d) => !indirect.some((q) => q.kind === 'mixed' && contains(q.content, d.content)),
      ),
      ...indirect,
    ];
    all.sort((a, b) => a.content.start - b.content.start);
    // Quotes come in the order of their contents and of their spans alike. Where the two
    // disagree, one quote's attribution reaches over another's content — a pairing of
    // stray marks, not a quotation — and that quote goes.
    for (let k = 1; k < all.length; k++) {
      const previous = all[k - 1]!;
      const current = all[k]!;
      if (current.start >= previous.start) continue;
      all.splice(contains(current, previous.content) ? k : k - 1, 1);
      k = 0;
    }
    // "Sie rechne damit, dass …, teilte sie mit.": speech reported inside another quotation
    // is part of it for a reader; SpkAtt annotates it as a nested event (broad mode).
    if (this.mode === 'attributed') {
      for (let k = all.length - 1; k >= 0; k--) {
        const inner = all[k]!;
        const cue = inner.cue;
        if (!cue || inner.kind === 'direct') continue;
        const outer = all.find(
          (o) =>
            o !== inner &&
            o.kind !== 'direct' &&
            contains(o.content, cue) &&
            contains(o.content, inner.content),
        );
        if (outer) all.splice(k, 1);
      }
    }
    // "Die Ministerin forderte, die Schulen zu schließen: „…“": a direct quotation that
    // shares its cue with the reported clause before it shares its speaker too.
    // A cue word inside that clause ("zu schließen: „…“") is the clause's, not the quotation's.
    for (const d of all) {
      if (d.kind !== 'direct' || !d.cue) continue;
      const twin = all.find(
        (q) =>
          q !== d &&
          q.kind !== 'direct' &&
          q.speaker &&
          q.cue &&
          (q.cue.start === d.cue!.start || contains(q.content, d.cue!)),
      );
      if (!twin || (d.speaker && twin.cue!.start !== d.cue.start)) continue;
      d.cue = { ...twin.cue! };
      d.speaker ??= { ...twin.speaker! };
    }
    resolveSpeakers(all, {
      text: this.text,
      words: this.words,
      sentences: this.sentences,
      entities: this.input.entities,
      knownNames: (this.knownNames ??= personNameWords(this.input.entities)),
    });
    this.inheritSpeakers(all);
    return all;
  }

  /** A quotation with no cue of its own continues the previous quote's speaker. */
  protected inheritSpeakers(quotes: FoundQuote[]): void {
    let lastSpeaker: QuoteSpeaker | null = null;
    let lastEnd = -1;
    for (const q of quotes) {
      if (q.speaker) {
        lastSpeaker = q.speaker;
        lastEnd = q.end;
        continue;
      }
      // Only a quote with no cue (or an anaphoric one: "demnach") continues someone's speech;
      // a cue with no subject found stays open.
      if (
        !lastSpeaker ||
        (q.cue && !this.lexicon.anaphoric.has(q.cue.text.toLowerCase()) && !this.inheritable.has(q))
      )
        continue;
      const gap = spansWithin(this.sentences, { start: lastEnd, end: q.start }).length;
      if (gap > INHERIT_SENTENCES) continue;
      q.speaker = {
        ...lastSpeaker,
        antecedent: lastSpeaker.antecedent ?? {
          start: lastSpeaker.start,
          end: lastSpeaker.end,
          text: lastSpeaker.text,
        },
      };
      lastEnd = q.end;
    }
  }
}
