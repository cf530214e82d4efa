import type { FrameAttributeRecord } from '../contract/types.js';
import { EVENT_WORDS, LIGHT_VERBS, VERB_PARTICLES } from './lexicon.js';
import { byDistance, type Located } from './located.js';
import { isFullVerb } from './view.js';

/**
 * The event a date belongs to: the nearest event word of its clause ("entgleiste",
 * "Anschlag", "Wahl"; verbs and their nouns share a key through data), else the
 * nearest full verb that is not a light verb ("ereignete sich"), else the nearest
 * noun made from a verb ("-ung"). Two dates are compared only for one event.
 */
export function findEvent(loc: Located): FrameAttributeRecord & { at: number | null } {
  const words = loc.sentence.words;
  const order = byDistance(loc);
  const found = (key: string, _label: string, i: number, length = 1) => {
    const span = loc.view.textOf({ start: words[i]!.start, end: words[i + length - 1]!.end });
    return { key, label: span.text, words: [span], at: i };
  };
  // "der Anschlag am Dienstag", "die Wahl vom 3. März": a date right after a noun dates that noun.
  const before = words[loc.first - 1];
  if (before && before.pos === 'NN') {
    const hit =
      EVENT_WORDS.matchAt(words, loc.first - 1) ??
      (EVENT_WORDS.tailOf(before) && { key: EVENT_WORDS.tailOf(before)!, length: 1 });
    if (hit) return found(`event:${hit.key}`, before.surface, loc.first - 1);
  }
  for (const i of order) {
    const hit = EVENT_WORDS.matchAt(words, i);
    if (hit) return found(`event:${hit.key}`, words[i]!.surface, i, hit.length);
    const w = words[i]!;
    if (w.pos === 'NN') {
      const tail = EVENT_WORDS.tailOf(w);
      if (tail) return found(`event:${tail}`, w.surface, i);
    }
  }
  for (const i of order) {
    const w = words[i]!;
    if (!isFullVerb(w)) continue;
    const particles = VERB_PARTICLES.get(w.lemma);
    for (let k = loc.clause[0]; particles && k < loc.clause[1]; k++) {
      const event = particles.get(words[k]!.lower);
      if (event) return found(`event:${event}`, w.surface, i);
    }
    if (!LIGHT_VERBS.has(w.lemma)) return found(`verb:${w.lemma}`, w.surface, i);
  }
  for (const i of order) {
    const w = words[i]!;
    if (w.pos === 'NN' && /ung$/.test(w.lemma)) return found(`noun:${w.lemma}`, w.surface, i);
  }
  return { key: 'event:unknown', label: '?', words: [], at: null };
}
