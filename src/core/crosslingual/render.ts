import type {
  TranslationCheckOutput,
  TranslationFindingKind,
  TranslationFindingRecord,
} from '../contract/types.js';

const HEADINGS: Readonly<Record<TranslationFindingKind, string>> = {
  dropped: 'Dropped sentences',
  added: 'Added sentences',
  number: 'Changed numbers',
  unit: 'Unit or scale mistakes',
  name: 'Changed names',
  speaker: 'Changed speakers',
  negation: 'Flipped negations',
  type: 'Type clashes',
};
const ORDER = Object.keys(HEADINGS) as TranslationFindingKind[];

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function summary(output: TranslationCheckOutput): string {
  const [original, translation] = output.documents;
  const pairs = output.alignment.filter((b) => b.original.length > 0 && b.translation.length > 0);
  return (
    `${original.id} (${output.languages[0]}, ${original.sentences.length} sentences) → ` +
    `${translation.id} (${output.languages[1]}, ${translation.sentences.length} sentences): ` +
    `${pairs.length} aligned steps, ${output.findings.length} findings` +
    (output.dictionary ? '' : ' (no dictionary: aligned by numbers, names and cognates only)')
  );
}

/** The translation check for a terminal: findings grouped by kind, each with both wordings and offsets. */
export function renderTranslationText(output: TranslationCheckOutput): string {
  const lines = [summary(output)];
  for (const kind of ORDER) {
    const found = output.findings.filter((f) => f.kind === kind);
    if (found.length === 0) continue;
    lines.push('', `${HEADINGS[kind]} (${found.length})`);
    for (const f of found) lines.push(...describe(f, '  '));
  }
  if (output.findings.length === 0) lines.push('', 'No differences found.');
  return lines.join('\n');
}

function describe(f: TranslationFindingRecord, indent: string): string[] {
  const out = [`${indent}- ${f.explanation}`];
  if (f.original)
    out.push(
      `${indent}    original    [${f.original.start}–${f.original.end}] ${oneLine(f.original.text)}`,
    );
  if (f.translation)
    out.push(
      `${indent}    translation [${f.translation.start}–${f.translation.end}] ${oneLine(f.translation.text)}`,
    );
  return out;
}

/** The translation check as Markdown for an editor: one table per kind of finding. */
export function renderTranslationMarkdown(output: TranslationCheckOutput): string {
  const cell = (s: string) => oneLine(s).replace(/\|/g, '\\|');
  const lines = ['# Translation check', '', summary(output)];
  for (const kind of ORDER) {
    const found = output.findings.filter((f) => f.kind === kind);
    if (found.length === 0) continue;
    lines.push(
      '',
      `## ${HEADINGS[kind]} (${found.length})`,
      '',
      '| original | translation | note |',
      '| --- | --- | --- |',
    );
    for (const f of found)
      lines.push(
        `| ${f.original ? cell(f.original.text) : '—'} | ${f.translation ? cell(f.translation.text) : '—'} | ${cell(f.explanation)} |`,
      );
  }
  if (output.findings.length === 0) lines.push('', 'No differences found.');
  return lines.join('\n');
}
