import type { FrameBearerRecord, FrameQualifierRecord, FrameRecord } from '../contract/types.js';
import { EQUIPMENT_SYSTEMS } from '../entities/index.js';
import { COMPARED_DIMENSIONS, QUALIFIER_ABSENT, STAGES_NOT_ABSENT } from './lexicon.js';

const YEAR = /^\d{4}$/;
const isPast = (key: string | null): boolean => key !== null && key.startsWith('past:');
/** The year of a time key, "2025" or "past:2025"; null for other times. */
const yearOf = (key: string | null): string | null =>
  /^(?:past:)?(\d{4})$/.exec(key ?? '')?.[1] ?? null;

/**
 * Whether two frames' qualifiers let their values be compared: never across
 * different times, versions, stages or modalities. A missing qualifier counts as
 * the dimension's default (`current`, `actual` …), so "im Vorjahr" against nothing
 * is a different time, while a stage missing on one side ("any") matches all.
 * A year matches a figure without one (the report may simply not say it).
 */
export function qualifiersCompatible(
  a: readonly FrameQualifierRecord[],
  b: readonly FrameQualifierRecord[],
): boolean {
  for (const dimension of COMPARED_DIMENSIONS) {
    const ka = a.find((q) => q.dimension === dimension)?.key ?? null;
    const kb = b.find((q) => q.dimension === dimension)?.key ?? null;
    if (ka === kb) continue;
    // One year is one time, whether a report's own date made it a past year or not:
    // the report without a date of its own cannot tell 2025 from the present.
    const [ya, yb] = [yearOf(ka), yearOf(kb)];
    if (dimension === 'time' && ya !== null && yb !== null) {
      if (ya === yb) continue;
      return false;
    }
    if (dimension === 'time' && (isPast(ka) || isPast(kb))) {
      // A past year is a past time: it matches "im Vorjahr" or the same year, not the present.
      if ((isPast(ka) && kb === 'previous') || (isPast(kb) && ka === 'previous')) continue;
      return false;
    }
    if (dimension === 'time' && (ka === null || YEAR.test(ka)) !== (kb === null || YEAR.test(kb))) {
      // A year against a relative time ("2024" / "im Vorjahr") may be the same time.
      if ((ka !== null && YEAR.test(ka)) || (kb !== null && YEAR.test(kb))) continue;
    }
    if (dimension === 'time' && (ka === null || kb === null) && YEAR.test(ka ?? kb ?? '')) continue;
    // A measure taken at one place matches one that names no place.
    if (dimension === 'place') {
      if (ka === null || kb === null) continue;
      return false;
    }
    const absent = QUALIFIER_ABSENT[dimension];
    if ((ka === null || kb === null) && absent === 'any' && !STAGES_NOT_ABSENT.has(ka ?? kb!)) {
      continue;
    }
    if ((ka ?? absent) !== (kb ?? absent)) return false;
  }
  return true;
}

/** "ATACMS – Reichweite", "die SPD – Anteil", "Tote" (no bearer). */
export function frameLabel(frame: FrameRecord): string {
  const bearer = frame.bearer ? bearerName(frame.bearer) : null;
  return bearer ? `${bearer} – ${frame.attribute.label}` : frame.attribute.label;
}

function bearerName(bearer: FrameBearerRecord): string {
  if (bearer.key.startsWith('eq:')) {
    const id = bearer.key.slice(3);
    return EQUIPMENT_SYSTEMS.find((s) => s.id === id)?.name ?? bearer.text;
  }
  return bearer.text;
}
