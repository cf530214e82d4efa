/**
 * Preposition+article contractions ("im" = "in dem"). crosscheck keeps them as one
 * token tagged APPRART; UD splits them into two syntactic words. `expandContraction`
 * gives UD's two words, for scoring against UD and for consumers that want them.
 */
const ARTICLES: Record<string, string> = { m: 'dem', r: 'der', s: 'das', n: 'den' };

export interface ContractionPart {
  form: string;
  upos: string;
  xpos: string;
  lemma: string;
}

/** The two UD words of an APPRART token with preposition lemma `lemma`, or null for other shapes. */
export function expandContraction(form: string, lemma: string): ContractionPart[] | null {
  const last = form[form.length - 1]?.toLowerCase() ?? '';
  const article = ARTICLES[last];
  if (!article || form.length < 2) return null;
  return [
    { form: lemma, upos: 'ADP', xpos: 'APPR', lemma },
    { form: article, upos: 'DET', xpos: 'ART', lemma: 'der' },
  ];
}
