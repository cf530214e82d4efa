/**
 * Cognates: words German and English share from a common origin or a loan
 * ("Präsident" / "president", "Kilometer" / "kilometre", "Evakuierung" /
 * "evacuation"). Both are folded to a rough key (no accents, c/k/z, ph/th,
 * doubled letters, common endings) and compared by edit distance.
 */
const REWRITES: readonly [RegExp, string][] = [
  [/ß/g, 'ss'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/c/g, 'k'],
  [/z/g, 's'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/(\p{L})\1+/gu, '$1'],
];
/** Endings of inflection and of loan-word suffixes that differ between the languages: -ion/-ierung, -re/-er, -al/-ell. */
const ENDINGS =
  /(?:ierung|ierungen|ation|ationen|ung|ungen|ion|ionen|ism|ismus|ie|ies|y|es|en|er|re|e|n|s)$/;

const KEYS = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function cognateKey(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    if (KEYS.size >= MEMO_LIMIT) KEYS.clear();
    key = computeKey(word);
    KEYS.set(word, key);
  }
  return key;
}

function computeKey(word: string): string {
  let s = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, replacement] of REWRITES) s = s.replace(pattern, replacement);
  const stripped = s.replace(ENDINGS, '');
  return stripped.length >= 4 ? stripped : s;
}

/** Shorter words are too often alike by chance ("Rat" / "rat") to count as cognates. */
const MIN_LENGTH = 5;

/** Two words are cognates: equal keys, or keys one edit apart when both are long. */
export function isCognate(a: string, b: string): boolean {
  if (a.length < MIN_LENGTH || b.length < MIN_LENGTH) return false;
  const [ka, kb] = [cognateKey(a), cognateKey(b)];
  if (ka === kb) return true;
  if (ka[0] !== kb[0] || Math.min(ka.length, kb.length) < 6) return false;
  return editDistanceAtMost(ka, kb, 1);
}

/** Levenshtein distance ≤ limit, stopping early once it cannot be. */
export function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}
