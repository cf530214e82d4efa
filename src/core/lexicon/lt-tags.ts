/**
 * Maps LanguageTool's German morphological tags (german-pos-dict,
 * `german_tags.txt`) onto STTS part-of-speech tags. Only the part of speech is
 * kept: case, number, gender … are not used by crosscheck (yet). Returns null for
 * readings that carry no useful STTS tag (abbreviation expansions and the like).
 */
export const NAME_SUBTYPES = [
  'VOR',
  'NAC',
  'STD',
  'COU',
  'GEB',
  'WAT',
  'MOU',
  'GEO',
  'PER',
] as const;
export type NameSubtype = (typeof NAME_SUBTYPES)[number];

export function ltTagToStts(tag: string): string[] | null {
  const parts = tag.split(':');
  const head = parts[0];
  const second = parts[1] ?? '';
  const last = parts[parts.length - 1] ?? '';
  switch (head) {
    case 'SUB':
      return ['NN'];
    case 'EIG':
      return ['NE'];
    case 'ADJ':
    case 'PA1':
    case 'PA2':
      return second === 'PRD' ? ['ADJD'] : ['ADJA'];
    case 'VER': {
      const family = second === 'AUX' ? 'VA' : second === 'MOD' ? 'VM' : 'VV';
      const rest = family === 'VV' ? parts.slice(1) : parts.slice(2);
      const form = rest[0] ?? '';
      if (form === 'INF') return [family + 'INF'];
      if (form === 'EIZ') return [family === 'VV' ? 'VVIZU' : family + 'INF'];
      if (form === 'PA2') return [family + 'PP'];
      if (form === 'PA1') return ['ADJD'];
      if (form === 'IMP') return [family + 'IMP'];
      return [family + 'FIN'];
    }
    case 'ADV':
      return second === 'PRO' ? ['PAV'] : ['ADV'];
    case 'PRP':
      return ['APPR'];
    case 'KON':
      return second === 'UNT'
        ? ['KOUS']
        : second === 'VGL'
          ? ['KOKOM']
          : second === 'INF'
            ? ['KOUI']
            : ['KON'];
    case 'ZUS':
      return ['PTKVZ'];
    case 'NEG':
      return ['PTKNEG'];
    case 'INJ':
      return ['ITJ'];
    case 'ZAL':
      return ['CARD'];
    case 'ART':
      return ['ART'];
    case 'PRO': {
      const use = last === 'BEG' ? ['AT'] : last === 'STV' ? ['S'] : ['AT', 'S'];
      const base: Record<string, string> = { PER: 'PPER', REF: 'PRF' };
      if (base[second]) return [base[second]];
      const stem: Record<string, string> = { POS: 'PPOS', DEM: 'PD', IND: 'PI', RIN: 'PW' };
      const s = stem[second];
      return s ? use.map((u) => s + u) : null;
    }
    default:
      return null;
  }
}

/** The proper-name subtype of an `EIG:` reading (`VOR*` counts as `VOR`), or null. */
export function ltNameSubtype(tag: string): NameSubtype | null {
  if (!tag.startsWith('EIG:')) return null;
  const last = tag.slice(tag.lastIndexOf(':') + 1).replace('*', '');
  return (NAME_SUBTYPES as readonly string[]).includes(last) ? (last as NameSubtype) : null;
}
