import type { ClaimRecord, ClaimSummary, DateRecord, QuantityRecord } from '../contract/types.js';
import type { ComparisonContext } from './context.js';
import type { Statement } from './statements.js';

const UNIT_LABELS: Readonly<Record<string, string>> = { percent: '%', EUR: '€', USD: 'US$' };

/** "about 300 km", "1,200", "6.2 m": a quantity as a reader of an explanation wants it. */
export function formatValue(q: QuantityRecord): string {
  const value = q.range
    ? `${q.range.min}–${q.range.max}`
    : q.value === null
      ? q.text
      : plainNumber(q.value);
  const unit = q.unit ? ` ${UNIT_LABELS[q.unit] ?? q.unit}` : '';
  return `${q.approx ? `${q.approx} ` : ''}${value}${unit}`;
}

/**
 * 1200 → "1,200", 6.2 → "6.2": English digit grouping without Intl, whose
 * first use loads locale data and costs a short CLI run noticeable time.
 */
export function plainNumber(value: number): string {
  const [whole, fraction] = String(Math.round(value * 1000) / 1000).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** The speaker a statement is attributed to, when it quotes someone. */
export function speakerOf(statement: Statement): string | null {
  return statement.speakerNames[0] ?? null;
}

export function claimOfStatement(statement: Statement): ClaimRecord {
  const { doc, start, end, text } = statement.ref;
  return { doc, start, end, text, speaker: speakerOf(statement) };
}

export function claimOfQuantity(
  _ctx: ComparisonContext,
  statement: Statement,
  q: QuantityRecord,
): ClaimRecord {
  return {
    ...claimOfStatement(statement),
    value: q.value ?? q.text,
    unit: q.unit,
  };
}

export function claimOfDate(statement: Statement, date: DateRecord): ClaimRecord {
  return { ...claimOfStatement(statement), value: date.value ?? date.text, unit: date.granularity };
}

/**
 * A statement's claim in normal form: what it is about (subject), what it says
 * of it (attribute: the measured subject or main content word), whether it
 * affirms or denies, how hedged it is, and who it is attributed to.
 */
export function summarizeClaim(ctx: ComparisonContext, statement: Statement): ClaimSummary {
  const measured = statement.quantities.find((q) => q.subject)?.subject?.text ?? null;
  const weights = ctx.vectorOf(statement).weights;
  let attribute: string | null = measured;
  if (!attribute) {
    let best = 0;
    for (const [term, w] of weights) {
      if (w > best && term !== statement.subject?.toLowerCase()) [attribute, best] = [term, w];
    }
  }
  const quantity = statement.quantities[0];
  const date = statement.dates.find((d) => d.value !== null);
  return {
    subject: statement.subject,
    attribute,
    value: quantity ? formatValue(quantity) : (date?.value ?? null),
    polarity: statement.negated ? 'denied' : 'affirmed',
    hedges: statement.hedges,
    attribution: speakerOf(statement),
  };
}
