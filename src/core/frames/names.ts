import type { DocumentRecord, EntityMentionRecord, EntityType } from '../contract/types.js';
import {
  derivedBase,
  findEquipment,
  headKinds,
  nameKey,
  type EquipmentMatch,
} from '../entities/index.js';

/** A named thing at a place in the text: an entity mention or a weapon or equipment system. */
export interface Named {
  start: number;
  end: number;
  text: string;
  /** `eq:atacms`, `name:spd`: the same for every spelling of one thing. */
  key: string;
  /** The document entity, for mentions. */
  entity: string | null;
  type: EntityType | 'EQUIPMENT';
  /** Equipment: its kind ("ballistic missile"), for generic nouns ("die Raketen") that refer back to it. */
  kind: string | null;
  /** A derived word ("Zwickauer", "russischen") locates or describes rather than names. */
  derived: boolean;
}

/**
 * Every named thing of a document in text order. Equipment systems come first
 * where both cover a word ("ATACMS-Raketen" is a MISC part mention and an
 * ATACMS match): the system names the thing, the mention only its compound.
 */
export class Names {
  readonly all: Named[];

  constructor(doc: DocumentRecord) {
    const canonical = canonicalNames(doc.entities);
    const equipment = findEquipment(doc.text).map(fromEquipment);
    const mentions = doc.entities
      .filter((m) => !equipment.some((e) => e.start < m.end && m.start < e.end))
      .map((m): Named => {
        const base = m.form === 'derived' ? derivedBase(m.text) : null;
        return {
          start: m.start,
          end: m.end,
          text: m.text,
          key: `name:${nameKey(base ?? canonical.get(m.entity) ?? m.text)}`,
          entity: m.entity,
          type: m.type,
          kind: null,
          derived: m.form === 'derived',
        };
      });
    this.all = [...equipment, ...mentions].sort((a, b) => a.start - b.start);
  }

  /** The named thing that overlaps `[start, end)`, if any. */
  at(start: number, end: number): Named | undefined {
    const i = this.firstEndingAfter(start);
    const n = this.all[i];
    return n && n.start < end ? n : undefined;
  }

  /**
   * The last named thing before `offset` that a generic noun can refer back to:
   * an equipment system of one of `kinds`, or an entity of `type`.
   */
  lastBefore(offset: number, accept: (n: Named) => boolean, floor: number): Named | undefined {
    for (let i = this.firstEndingAfter(offset) - 1; i >= 0; i--) {
      const n = this.all[i]!;
      if (n.end <= floor) return undefined;
      if (!n.derived && accept(n)) return n;
    }
    return undefined;
  }

  private firstEndingAfter(offset: number): number {
    let [lo, hi] = [0, this.all.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Kinds of equipment a noun names ("Raketen" → ballistic missile, cruise missile …). */
export function equipmentKindsOf(noun: string): string[] {
  return headKinds(noun);
}

function fromEquipment(m: EquipmentMatch): Named {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    key: `eq:${m.system.id}`,
    entity: null,
    type: 'EQUIPMENT',
    kind: m.system.kind,
    derived: false,
  };
}

/** The longest name form of each document entity: "Petra Lindqvist" for "Lindqvist". */
function canonicalNames(mentions: readonly EntityMentionRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of mentions) {
    if (m.form !== 'name') continue;
    const known = names.get(m.entity);
    if (known === undefined || m.text.length > known.length) names.set(m.entity, m.text);
  }
  return names;
}
