import type {
  CompareOutput,
  ConflictKind,
  ConflictSeverity,
  DocSpan,
  EntityType,
  WarningKind,
} from '../core/contract/types.js';
import { conflictFrame, conflictsBySeverity } from '../core/render/conflict-order.js';

export type FindingSection = 'conflicts' | 'agreements' | 'unique' | 'warnings' | 'entities';

/** One line of one report that a finding cites. */
export interface FindingClaim extends DocSpan {
  text: string;
  /** "7.4 m", "2025-03-13", "Jonas Reuter": what the claim says that matters for this finding. */
  detail?: string;
}

/** A finding as the panel lists it; selecting it marks `claims` in every report. */
export interface Finding {
  /** Stable within one comparison: `conflicts-0`, `unique-3`. */
  key: string;
  section: FindingSection;
  /** Short label of the kind: "Number", "Speaker", "Only here". */
  badge: string;
  summary: string;
  claims: FindingClaim[];
  /** Conflicts: how much it matters, and the claim frame both values were matched in ("ATACMS – Reichweite"). */
  severity?: ConflictSeverity;
  frame?: string | null;
}

const CONFLICT_BADGES: Record<ConflictKind, string> = {
  quantity: 'Number',
  attribution: 'Speaker',
  negation: 'Yes / no',
  date: 'Date',
};

const WARNING_BADGES: Record<WarningKind, string> = {
  'equipment-type': 'Equipment',
  'doubled-word': 'Doubled word',
  conversion: 'Conversion',
};

export const ENTITY_TYPE_NAMES: Record<EntityType, string> = {
  PER: 'Person',
  ORG: 'Organisation',
  LOC: 'Place',
  MISC: 'Other name',
};

/** The comparison's findings in the order the panel shows them: conflicts first. */
export function collectFindings(output: CompareOutput): Record<FindingSection, Finding[]> {
  const name = (doc: number) => output.documents[doc]?.id ?? `report ${doc + 1}`;
  return {
    conflicts: conflictsBySeverity(output.conflicts).map((conflict, i) => ({
      key: `conflicts-${i}`,
      section: 'conflicts',
      badge: CONFLICT_BADGES[conflict.kind] ?? conflict.kind,
      summary: conflict.explanation,
      severity: conflict.severity,
      frame: conflictFrame(conflict),
      claims: conflict.claims.map((claim) => ({
        doc: claim.doc,
        start: claim.start,
        end: claim.end,
        text: claim.text,
        detail: claimDetail(conflict.kind, claim),
      })),
    })),
    agreements: output.agreements.map((agreement, i) => {
      const reports = [...new Set(agreement.claims.map((c) => name(c.doc)))];
      return {
        key: `agreements-${i}`,
        section: 'agreements',
        badge: 'Agree',
        summary: `${reports.join(', ')} say the same`,
        claims: agreement.claims.map((c) => ({
          doc: c.doc,
          start: c.start,
          end: c.end,
          text: c.text,
        })),
      };
    }),
    unique: output.unique.map((statement, i) => ({
      key: `unique-${i}`,
      section: 'unique',
      badge: 'Only here',
      summary: `Only ${name(statement.doc)} says this`,
      claims: [
        { doc: statement.doc, start: statement.start, end: statement.end, text: statement.text },
      ],
    })),
    warnings: output.warnings.map((warning, i) => ({
      key: `warnings-${i}`,
      section: 'warnings',
      badge: WARNING_BADGES[warning.kind] ?? warning.kind,
      summary: warning.message,
      claims: [{ doc: warning.doc, start: warning.start, end: warning.end, text: warning.text }],
    })),
    entities: output.entities.map((entity, i) => {
      const reports = new Set(entity.mentions.map((m) => m.doc)).size;
      return {
        key: `entities-${i}`,
        section: 'entities',
        badge: ENTITY_TYPE_NAMES[entity.type] ?? entity.type,
        summary: `${entity.name}: ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'} in ${reports} report${reports === 1 ? '' : 's'}`,
        claims: entity.mentions.map((m) => ({
          doc: m.doc,
          start: m.start,
          end: m.end,
          text: output.documents[m.doc]?.text.slice(m.start, m.end) ?? '',
        })),
      };
    }),
  };
}

function claimDetail(
  kind: ConflictKind,
  claim: { value?: number | string; unit?: string | null; speaker?: string | null },
): string | undefined {
  if (kind === 'attribution') return claim.speaker ? `said by ${claim.speaker}` : 'no speaker';
  if (claim.value === undefined) return undefined;
  const value = typeof claim.value === 'number' ? claim.value.toLocaleString('de-DE') : claim.value;
  return kind === 'quantity' && claim.unit ? `${value} ${claim.unit}` : value;
}
