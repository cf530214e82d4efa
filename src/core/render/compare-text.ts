import type { CompareOutput, DocumentRecord } from '../contract/types.js';
import { conflictsBySeverity, framePrefix } from './conflict-order.js';
import { documentLabel, documentName, excerptAround } from './excerpt.js';

/** A terminal view of a comparison: conflicts first, then warnings, agreements and unique statements. */
export function renderCompareText(output: CompareOutput): string {
  const docs = output.documents;
  const name = (doc: number) => documentName(docs[doc]!);
  const out: string[] = [];
  const rule = '─'.repeat(78);

  out.push(
    `${docs.length} reports: ${docs.map((d, i) => `[${i + 1}] ${documentLabel(d)}`).join('  ')}`,
  );
  out.push(
    `${output.conflicts.length} conflicts · ${output.agreements.length} shared claims · ` +
      `${output.unique.length} unique statements · ${output.warnings.length} warnings`,
  );

  out.push('', `CONFLICTS`, rule);
  if (output.conflicts.length === 0) out.push('none found');
  for (const conflict of conflictsBySeverity(output.conflicts)) {
    const frame = framePrefix(conflict);
    out.push(
      `! ${conflict.severity} ${conflict.kind}${frame ? ` [${frame}]` : ''}: ${conflict.explanation}`,
    );
    for (const claim of conflict.claims)
      out.push(`    [${claim.doc + 1}] ${excerpt(docs, claim)}  ${at(claim)}`);
  }

  out.push('', 'WARNINGS', rule);
  if (output.warnings.length === 0) out.push('none');
  for (const w of output.warnings) out.push(`? ${w.kind} [${w.doc + 1}] ${w.message}  ${at(w)}`);

  out.push('', 'AGREEMENTS', rule);
  if (output.agreements.length === 0) out.push('none found');
  for (const agreement of output.agreements) {
    out.push(`= ${[...new Set(agreement.claims.map((c) => name(c.doc)))].join(', ')}`);
    for (const claim of agreement.claims) out.push(`    [${claim.doc + 1}] ${oneLine(claim.text)}`);
  }

  out.push('', 'ONLY IN ONE REPORT', rule);
  if (output.unique.length === 0) out.push('none');
  for (const u of output.unique) out.push(`+ [${u.doc + 1}] ${oneLine(u.text)}  ${at(u)}`);
  return out.join('\n');
}

function excerpt(
  docs: readonly DocumentRecord[],
  span: { doc: number; start: number; end: number },
): string {
  const { before, inner, after } = excerptAround(docs[span.doc]!, span, 140);
  return before === '' && after === '' ? inner : `${before}»${inner}«${after}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

function at(span: { start: number; end: number }): string {
  return `[${span.start}–${span.end}]`;
}
