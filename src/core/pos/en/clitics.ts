import contractions from '../data/en/contractions.json' with { type: 'json' };

/**
 * English contractions as UD's syntactic words: "don't" → "do" + "n't", "I'm" →
 * "I" + "'m", "Bush's" → "Bush" + "'s", "cannot" → "can" + "not". UD English
 * tags and lemmatises the parts ("n't" PART not, "'m" AUX be), so the tagger
 * works on words; a tokenizer that already splits them passes the parts through
 * unchanged (a bare "n't" or "'s" is not split again).
 */
interface ContractionData {
  suffixes: string[];
  words: Record<string, string[]>;
}
const data = contractions as unknown as ContractionData;
const WORDS = new Map(Object.entries(data.words));
/** Suffixes, longest first, with the typographic apostrophe normalised to '. */
const SUFFIXES = [...data.suffixes].sort((a, b) => b.length - a.length);

/**
 * The syntactic words of one surface token (the token itself when it is not a
 * contraction). Parts keep the token's own spelling and case ("DON'T" → "DO", "N'T").
 */
export function splitContraction(form: string): string[] {
  if (form.length < 2) return [form];
  const lower = form.toLowerCase();
  const whole = WORDS.get(lower);
  if (whole !== undefined) {
    const cut = whole[0]!.length;
    return [form.slice(0, cut), form.slice(cut)];
  }
  const plain = lower.replace(/’/g, "'");
  if (!plain.includes("'")) return [form];
  for (const suffix of SUFFIXES) {
    // The host must hold a letter or digit: "'s" alone, or "''", is no contraction.
    if (plain.length > suffix.length && plain.endsWith(suffix)) {
      const cut = form.length - suffix.length;
      if (!/[\p{L}\p{N}]/u.test(form.slice(0, cut))) return [form];
      return [form.slice(0, cut), form.slice(cut)];
    }
  }
  return [form];
}
