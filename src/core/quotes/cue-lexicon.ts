import handLexicon from './data/cues.de.json' with { type: 'json' };
import learnedLexicon from './data/cues.learned.de.json' with { type: 'json' };

/** What a surface form tells us when it is a speech-act cue. */
export interface VerbCue {
  lemma: string;
  /** A separated particle that must close the clause (`teilte … mit`); absent when the form is whole. */
  particle?: string;
}

export interface CueLexicon {
  /** Lower-cased finite or participle form → the readings it may have. */
  verbs: Map<string, VerbCue[]>;
  /** Nouns that name a speech act (`Warnung`, `Forderung`). */
  nominal: Set<string>;
  /** Forms learned from SpkAtt Task 1 training cues (lower-cased) with their cue rate. */
  learned: Map<string, number>;
  beforeMarkers: string[][];
  afterMarkers: Set<string>;
  anaphoric: Set<string>;
  konjunktiv: Set<string>;
  wWords: Set<string>;
  speakerStop: Set<string>;
}

const INSEPARABLE = /^(?:be|er|ver|zer|ent|emp|ge|miss|über|unter|wider|hinter|voll)/;

/** Finite (3rd person, past, Konjunktiv I) and participle forms of a regular verb. */
export function weakForms(lemma: string, prefix = ''): string[] {
  const stem = lemma.endsWith('en')
    ? lemma.slice(0, -2)
    : lemma.endsWith('n')
      ? lemma.slice(0, -1)
      : lemma;
  // "rechnet", "zeichnet" but "lehnt", "mahnt": an h after a vowel only lengthens it.
  const joint =
    /[td]$/.test(stem) || (/[^aeiouälr][mn]$/.test(stem) && !/[aeiouäöü]h[mn]$/.test(stem))
      ? 'e'
      : '';
  const participlePrefix = INSEPARABLE.test(lemma) || lemma.endsWith('ieren') ? '' : 'ge';
  return [
    `${stem}${joint}t`,
    `${stem}${joint}te`,
    `${stem}${joint}ten`,
    `${stem}${joint}test`,
    `${stem}e`,
    `${stem}${stem.endsWith('er') || stem.endsWith('el') ? 'n' : 'en'}`,
    `${prefix}${participlePrefix}${stem}${joint}t`,
  ];
}

function add(map: Map<string, VerbCue[]>, form: string, cue: VerbCue): void {
  const list = map.get(form) ?? [];
  if (!list.some((c) => c.lemma === cue.lemma && c.particle === cue.particle)) list.push(cue);
  map.set(form, list);
}

interface HandLexicon {
  weak: string[];
  strong: Record<string, string[]>;
  particle: string[];
  markers: { before: string[]; after: string[]; anaphoric: string[]; impersonal: string[] };
  nominal: string[];
  konjunktiv: string[];
  wWords: string[];
  speakerStop: string[];
}

interface LearnedLexicon {
  forms: Record<string, { cue: number; total: number }>;
  particles?: Record<string, Record<string, number>>;
}

const REFLEXIVES = new Set(['sich', 'mich', 'mir', 'uns', 'dich', 'dir', 'euch']);

/** Minimum share of a form's occurrences that were cues in SpkAtt Task 1 for it to count as one. */
export const LEARNED_MIN_RATE = 0.8;
const LEARNED_MIN_COUNT = 3;

function buildLexicon(hand: HandLexicon, learned: LearnedLexicon): CueLexicon {
  const verbs = new Map<string, VerbCue[]>();
  for (const lemma of hand.weak) {
    if (lemma.includes(' ')) continue;
    for (const form of weakForms(lemma)) add(verbs, form, { lemma });
  }
  for (const entry of hand.particle) {
    const [particle, base] = entry.split('|') as [string, string];
    const lemma = particle + base;
    for (const form of weakForms(base)) {
      // Main clause: "teilte … mit"; subordinate clause and participle: "mitteilte", "mitgeteilt".
      if (!form.startsWith('ge') || INSEPARABLE.test(base)) add(verbs, form, { lemma, particle });
      add(verbs, particle + form, { lemma });
    }
  }
  for (const [lemma, forms] of Object.entries(hand.strong)) {
    // The infinitive, as after a modal: "wollte eine Revision nicht ausschließen".
    add(verbs, lemma, { lemma });
    for (const form of forms) {
      const [word, particle] = form.split('|') as [string, string | undefined];
      add(verbs, word, particle ? { lemma, particle } : { lemma });
    }
  }
  for (const [form, byParticle] of Object.entries(learned.particles ?? {})) {
    for (const particle of Object.keys(byParticle)) {
      if (!REFLEXIVES.has(particle)) add(verbs, form, { lemma: particle + form, particle });
    }
  }
  const learnedRates = new Map<string, number>();
  for (const [form, { cue, total }] of Object.entries(learned.forms)) {
    if (cue >= LEARNED_MIN_COUNT && total > 0) learnedRates.set(form, cue / total);
  }
  return {
    verbs,
    nominal: new Set(hand.nominal.map((n) => n.toLowerCase())),
    learned: learnedRates,
    beforeMarkers: hand.markers.before
      .map((m) => m.toLowerCase().split(' '))
      .sort((a, b) => b.length - a.length),
    afterMarkers: new Set(hand.markers.after),
    anaphoric: new Set(hand.markers.anaphoric),
    konjunktiv: new Set(hand.konjunktiv),
    wWords: new Set(hand.wWords),
    speakerStop: new Set(hand.speakerStop),
  };
}

let cached: CueLexicon | null = null;

export function defaultCueLexicon(): CueLexicon {
  cached ??= buildLexicon(handLexicon as HandLexicon, learnedLexicon as LearnedLexicon);
  return cached;
}
