import type { ClaimRecord, CompareOutput, DocumentRecord } from '../contract/types.js';
import { conflictFrame, conflictsBySeverity } from './conflict-order.js';
import { documentLabel, documentName, excerptAround } from './excerpt.js';
import { speakerLabel, speakerName } from '../quotes/speaker-label.js';

const KIND_TITLES: Readonly<Record<string, string>> = {
  quantity: 'Numbers differ',
  attribution: 'Same words, different speaker',
  negation: 'One affirms, another denies',
  date: 'Dates differ',
  'equipment-type': 'Wrong kind of equipment',
  'doubled-word': 'Doubled word',
  conversion: 'Conversion does not add up',
};

/**
 * A report an editor can read: a summary, conflicts first with short excerpts
 * from each side, warnings, agreements, what each report alone says, and tables
 * of quotes by speaker and of numbers.
 */
export function renderCompareMarkdown(output: CompareOutput): string {
  const docs = output.documents;
  const name = (doc: number) => documentName(docs[doc]!);
  const out: string[] = [];

  out.push(`# crosscheck: ${docs.length} reports compared`, '');
  out.push('| # | report | sentences | quotes | numbers |', '| --- | --- | --- | --- | --- |');
  docs.forEach((d, i) =>
    out.push(
      `| ${i + 1} | ${escape(documentLabel(d))} | ${d.sentences.length} | ${d.quotes.length} | ${d.quantities.length} |`,
    ),
  );
  out.push(
    '',
    `**${output.conflicts.length} conflicts**, ${output.agreements.length} shared claims, ` +
      `${output.unique.length} statements only one report makes, ${output.warnings.length} warnings.`,
    '',
  );

  out.push('## Conflicts', '');
  if (output.conflicts.length === 0) out.push('None found.', '');
  conflictsBySeverity(output.conflicts).forEach((conflict, i) => {
    const frame = conflictFrame(conflict);
    out.push(
      `### ${i + 1}. ${KIND_TITLES[conflict.kind]}${frame ? `: ${escape(frame)}` : ''} (${conflict.severity})`,
      '',
      conflict.explanation,
      '',
    );
    for (const claim of conflict.claims)
      out.push(`- **${escape(name(claim.doc))}**: ${claimLine(docs, claim)}`);
    out.push('');
  });

  out.push('## Warnings', '');
  if (output.warnings.length === 0) out.push('None.', '');
  for (const w of output.warnings) {
    out.push(
      `- **${KIND_TITLES[w.kind]}** in ${escape(name(w.doc))}: ${escape(w.message)} — ${excerpt(docs, w)}`,
    );
  }
  out.push('');

  out.push('## Agreements', '');
  if (output.agreements.length === 0) out.push('None found.', '');
  output.agreements.forEach((agreement, i) => {
    const reports = [...new Set(agreement.claims.map((c) => name(c.doc)))].join(', ');
    out.push(`${i + 1}. Reported by ${escape(reports)}:`);
    for (const claim of agreement.claims)
      out.push(`   - ${escape(name(claim.doc))}: ${escape(oneLine(claim.text))}`);
  });
  out.push('');

  out.push('## Only in one report', '');
  docs.forEach((doc, i) => {
    const unique = output.unique.filter((u) => u.doc === i);
    if (unique.length === 0) return;
    out.push(`### ${escape(name(i))}`, '');
    for (const u of unique) out.push(`- ${escape(oneLine(u.text))}`);
    out.push('');
  });

  out.push(
    '## Quotes by speaker',
    '',
    '| speaker | report | quote | kind |',
    '| --- | --- | --- | --- |',
  );
  const quotes = docs.flatMap((doc, i) => doc.quotes.map((q) => ({ doc, i, q })));
  // Grouped by the person a speaker was resolved to: "der Minister" sorts with "Joachim Herrmann".
  quotes.sort((a, b) =>
    (speakerName(a.q.speaker) ?? '~').localeCompare(speakerName(b.q.speaker) ?? '~'),
  );
  for (const { doc, i, q } of quotes) {
    const speaker = speakerLabel(q.speaker) ?? '(unknown)';
    out.push(
      `| ${escape(speaker)} | ${escape(name(i))} | ${escape(shorten(oneLine(doc.text.slice(q.content.start, q.content.end)), 120))} | ${q.kind} |`,
    );
  }
  out.push('');

  out.push(
    '## Numbers',
    '',
    '| report | as written | value | unit | about |',
    '| --- | --- | --- | --- | --- |',
  );
  docs.forEach((doc, i) => {
    for (const q of doc.quantities) {
      out.push(
        `| ${escape(name(i))} | ${escape(q.text)} | ${q.value ?? ''} | ${q.unit ?? ''} | ${escape(q.subject?.text ?? '')} |`,
      );
    }
  });
  out.push('');
  return out.join('\n');
}

function claimLine(docs: readonly DocumentRecord[], claim: ClaimRecord): string {
  const speaker = claim.speaker ? ` (speaker: ${escape(claim.speaker)})` : '';
  return `${excerpt(docs, claim)}${speaker}`;
}

function excerpt(
  docs: readonly DocumentRecord[],
  span: { doc: number; start: number; end: number },
): string {
  const { before, inner, after } = excerptAround(docs[span.doc]!, span);
  if (before === '' && after === '') return `“${escape(inner)}”`;
  return `“${escape(before)}**${escape(inner)}**${escape(after)}”`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Keeps article text from being read as Markdown markup or breaking a table. */
function escape(s: string): string {
  return s.replace(/([\\`*_[\]|<>#])/g, '\\$1');
}
