/**
 * Weapon and equipment systems (ATACMS, HIMARS, Leopard, F-16 …) found in text
 * by a curated list (`data/equipment.json`), each with the kind of system it is.
 * The comparison stage uses the kind to flag clashes such as "F16-Panzern"
 * (an F-16 is a fighter jet, not a tank).
 */
import equipmentData from './data/equipment.json' with { type: 'json' };

export interface EquipmentSystem {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  origin: string;
  /** The alias is also a common word or surname: a match needs a cue nearby. */
  ambiguous?: boolean;
}

export interface EquipmentMatch {
  start: number;
  end: number;
  /** The covered text: the alias, widened to the whole hyphenated word it sits in. */
  text: string;
  system: EquipmentSystem;
  /** `part` when the alias is one part of a compound ("ATACMS-Raketen", "US-ATACMS"). */
  form: 'name' | 'part';
}

export const EQUIPMENT_SYSTEMS: readonly EquipmentSystem[] = equipmentData.systems;
const KIND_HEADS: Readonly<Record<string, readonly string[]>> = equipmentData.kinds;

/** Alias spelling without case, hyphens, spaces or dots: "F-16", "f16", "F 16" share one key. */
function aliasKey(alias: string): string {
  return alias.toLowerCase().replace(/[-\s.]/g, '');
}

const BY_ALIAS = new Map<string, EquipmentSystem>();
for (const system of EQUIPMENT_SYSTEMS) {
  for (const alias of [system.name, ...system.aliases]) {
    if (!BY_ALIAS.has(aliasKey(alias))) BY_ALIAS.set(aliasKey(alias), system);
  }
}

/** The system a name stands for ("F16", "Storm Shadow", "IRIS-T SLM"), or undefined. */
export function lookupEquipment(name: string): EquipmentSystem | undefined {
  return BY_ALIAS.get(aliasKey(name)) ?? BY_ALIAS.get(aliasKey(name.replace(/(?:s|n|en)$/, '')));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alias as a pattern in which a hyphen or space between its parts is optional ("F-16" ~ "F16" ~ "F 16"). */
function aliasPattern(alias: string): string {
  const parts = alias.split(/[-\s]+/).map(escapeRegExp);
  // Split letter–digit boundaries too, so "F16" also matches "F-16".
  return parts.map((p) => p.replace(/(?<=\p{L})(?=\d)/gu, '[-\\s]?')).join('[-\\s]?');
}

const ALIAS_REGEX = (() => {
  const aliases =
    [...BY_ALIAS.keys()].length > 0 ? EQUIPMENT_SYSTEMS.flatMap((s) => [s.name, ...s.aliases]) : [];
  const unique = [...new Set(aliases)].sort((a, b) => b.length - a.length);
  // Before: not inside a word. After: optional plural/genitive ending, then no letter or digit.
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${unique.map(aliasPattern).join('|')})(?:s|n|en)?(?![\\p{L}\\p{N}])`,
    'gu',
  );
})();

const GENERIC_CUES = new Set([
  'waffe',
  'waffen',
  'waffensystem',
  'waffensysteme',
  'lieferung',
  'lieferungen',
  'system',
  'systeme',
]);

/** Lower-cased head nouns that name a kind, for cue checks. */
const HEADS_BY_KIND = new Map(
  Object.entries(KIND_HEADS).map(([kind, heads]) => [
    kind,
    new Set(heads.map((h) => h.toLowerCase())),
  ]),
);

/** Kinds whose German head nouns include the last part of a compound or phrase ("F16-Panzern" → tank, …). */
export function headKinds(text: string): string[] {
  const head =
    text
      .split(/[-\s]+/)
      .at(-1)
      ?.toLowerCase() ?? '';
  return [...HEADS_BY_KIND].filter(([, heads]) => heads.has(head)).map(([kind]) => kind);
}

/**
 * True when a mention names a system with a head noun that belongs to other
 * kinds only: "F16-Panzern" (fighter jet called a tank). A head that names no
 * kind ("ATACMS-Reichweite") is no clash.
 */
export function equipmentKindClash(mentionText: string, kind: string): boolean {
  if (!/[-\s]/.test(mentionText)) return false;
  const kinds = headKinds(mentionText);
  return kinds.length > 0 && !kinds.includes(kind);
}

const WORD = /[\p{L}\p{N}]/u;

/** Finds every equipment system named in `text`, with character offsets. */
export function findEquipment(text: string): EquipmentMatch[] {
  const matches: EquipmentMatch[] = [];
  for (const m of text.matchAll(ALIAS_REGEX)) {
    const aliasStart = m.index;
    const aliasEnd = aliasStart + m[0].length;
    const system = lookupEquipment(m[0]);
    if (!system) continue;
    // Widen to the whole hyphenated word: "US-ATACMS-Raketen", "Storm Shadow-Raketen".
    let start = aliasStart;
    let end = aliasEnd;
    while (text[end] === '-' && WORD.test(text[end + 1] ?? '')) {
      end += 1;
      while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
    }
    while (text[start - 1] === '-' && WORD.test(text[start - 2] ?? '')) {
      start -= 1;
      while (start > 0 && WORD.test(text[start - 1]!)) start--;
    }
    const covered = text.slice(start, end);
    if (system.ambiguous && !/\d/.test(m[0]) && !hasCue(text, start, end, covered, system))
      continue;
    matches.push({
      start,
      end,
      text: covered,
      system,
      form: start === aliasStart && end === aliasEnd ? 'name' : 'part',
    });
  }
  return matches;
}

/** A cue for an ambiguous alias: a compound head, or a kind word or weapon word within a few words. */
function hasCue(
  text: string,
  start: number,
  end: number,
  covered: string,
  system: EquipmentSystem,
): boolean {
  const heads = HEADS_BY_KIND.get(system.kind);
  const isCue = (word: string) => {
    const w = word.toLowerCase();
    return (heads?.has(w) ?? false) || GENERIC_CUES.has(w);
  };
  if (covered.includes('-') && covered.split('-').some(isCue)) return true;
  const window = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60));
  return window.split(/[^\p{L}\p{N}]+/u).some(isCue);
}
