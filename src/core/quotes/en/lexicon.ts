/**
 * The English quotation lexicon: cue verbs, speaker nouns and first names, read from
 * `../data/*.en.json`. The data decide which words are cues and who can speak; the
 * finder (`find-quotes.ts`) only knows the English sentence patterns they occur in.
 */
import cueData from '../data/cues.en.json' with { type: 'json' };
import roleData from '../data/roles.en.json' with { type: 'json' };
import nameData from '../data/first-names.en.json' with { type: 'json' };

export type Gender = 'm' | 'f';

/** What kind of complement a cue verb takes (one verb may allow several). */
export interface CueVerb {
  lemma: string;
  /** Takes an addressee before its clause: "told reporters that …". */
  object: boolean;
  /** Takes an addressee and a to-infinitive: "urged residents not to …"; the particle of "called on". */
  request: boolean;
  requestParticle: string | null;
  /** Content follows "of": "accused X of …". */
  accuse: boolean;
  /** Only a cue when a reported clause or quotation follows, never on its own ("agreed"). */
  needsContent: boolean;
  /** Names something with a quoted word ("called it \"absurd\""): a cue only before a quotation. */
  naming: boolean;
  /** Also says what evidence shows ("figures suggest"): only with a speaker who can speak. */
  weak: boolean;
}

export interface EnglishQuoteLexicon {
  /** Cue verbs by written form (lower case). */
  verbs: Map<string, CueVerb>;
  /** Two-word source markers ("according to"). */
  markers: string[][];
  personRoles: Set<string>;
  groups: Set<string>;
  bodies: Set<string>;
  notSpeakers: Set<string>;
  titles: Set<string>;
  nationalitySuffixes: string[];
  firstNames: Map<string, Gender>;
  pronouns: Map<string, string>;
}

let cached: EnglishQuoteLexicon | null = null;

export function englishQuoteLexicon(): EnglishQuoteLexicon {
  if (cached) return cached;
  const set = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
  const object = set(cueData.object);
  const request = set(cueData.request);
  const accuse = set(cueData.accuse);
  const needsContent = set(cueData.needsContent);
  const weak = set(cueData.weak);
  const naming = set(cueData.naming);
  const particles = cueData.requestParticles as Record<string, string>;
  const verbs = new Map<string, CueVerb>();
  for (const [lemma, forms] of Object.entries(cueData.clause as Record<string, string[]>)) {
    const verb: CueVerb = {
      lemma,
      object: object.has(lemma),
      request: request.has(lemma),
      requestParticle: particles[lemma] ?? null,
      accuse: accuse.has(lemma),
      needsContent: needsContent.has(lemma),
      weak: weak.has(lemma),
      naming: naming.has(lemma),
    };
    for (const form of forms) verbs.set(form.toLowerCase(), verb);
  }
  const firstNames = new Map<string, Gender>();
  for (const n of nameData.female) firstNames.set(n.toLowerCase(), 'f');
  for (const n of nameData.male)
    if (!firstNames.has(n.toLowerCase())) firstNames.set(n.toLowerCase(), 'm');
  cached = {
    verbs,
    markers: cueData.markers.map((m) => m.toLowerCase().split(/\s+/)),
    personRoles: set(roleData.person),
    groups: set(roleData.group),
    bodies: set(roleData.body),
    notSpeakers: set(roleData.notSpeakers),
    titles: set(roleData.titles),
    nationalitySuffixes: roleData.nationalitySuffixes,
    firstNames,
    pronouns: new Map(Object.entries(cueData.pronouns as Record<string, string>)),
  };
  return cached;
}

/** The gender a first name is usually given in English-language news, or null when unknown. */
export function englishFirstNameGender(word: string): Gender | null {
  const folded = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return englishQuoteLexicon().firstNames.get(folded) ?? null;
}
