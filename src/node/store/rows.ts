import type { DocumentRecord, EntityType } from '../../core/contract/types.js';
import { resolveAcrossDocuments } from '../../core/compare/cross-entities.js';

/**
 * The rows a report adds besides itself: one per named entity (not per
 * mention) and one per claim frame, so that search can filter by entity and
 * stories can be described by what their reports are about.
 */

export interface EntityRow {
  name: string;
  type: EntityType;
  key: string;
}

export interface FrameRow {
  kind: 'quantity' | 'date';
  bearer: string | null;
  attribute: string;
  value: string | null;
}

/**
 * Entities with the names `compare` would show: the same resolution (titles
 * stripped, transliterations and surnames joined) applied to one report.
 */
export function entityRows(record: DocumentRecord): EntityRow[] {
  if (record.entities.length === 0) return [];
  const seen = new Set<string>();
  const rows: EntityRow[] = [];
  for (const entity of resolveAcrossDocuments([record]).entities) {
    const id = `${entity.type}\u0000${entity.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    rows.push({ name: entity.name, type: entity.type, key: entity.key });
  }
  return rows;
}

export function frameRows(record: DocumentRecord): FrameRow[] {
  return (record.frames ?? []).map((frame) => ({
    kind: frame.kind,
    bearer: frame.bearer?.key ?? null,
    attribute: frame.attribute.key,
    value: frame.value,
  }));
}
