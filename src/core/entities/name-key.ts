/**
 * A transliteration-insensitive key for names, so that spellings of one
 * Cyrillic (or other) name in German, English and Ukrainian transliteration
 * meet: Zelensky / Selenskyj / Selenskij / Zelenskyy → "selenski",
 * Kiew / Kyjiw / Kyiv / Kiev → "kiv". The comparison across reports matches
 * entities by this key.
 *
 * The key is a rough phonetic skeleton, not a spelling: it folds the sounds
 * that transliteration systems write differently (sibilants, ch/kh/tsch, v/w,
 * i/y/j, g/h, doubled letters), which keeps distinct names apart in practice
 * while joining the variants.
 */
const REWRITES: readonly [RegExp, string][] = [
  [/ß/g, 'ss'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  // Order matters: "tsch" before "sch" before "ch" (schtsch → s + x).
  [/tsch|tch/g, 'x'],
  [/sch/g, 's'],
  [/ch|kh/g, 'x'],
  [/sh|zh/g, 's'],
  [/tz|ts|z/g, 's'],
  [/c/g, 'k'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/g/g, 'h'],
  [/ou/g, 'u'],
  [/ae/g, 'a'],
  [/oe/g, 'o'],
  [/ue/g, 'u'],
];

// Keys are asked for the same few names over and over (every mention against
// every entity); the rewrite chain is worth computing once per name.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/** The transliteration-insensitive key of a name (words joined by single spaces). */
export function nameKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeNameKey(name);
    memo.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑–_'’.]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .trim()
    .replace(/\s+/g, ' ');
  for (const [pattern, replacement] of REWRITES) s = s.replace(pattern, replacement);
  s = s.replace(/(\p{L})\1+/gu, '$1');
  // "ie" is a long i in German spelling (Kiew ~ Kyiv).
  s = s.replace(/ie/g, 'i').replace(/(\p{L})\1+/gu, '$1');
  return s;
}
