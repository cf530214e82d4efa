import type {
  CrossEntityRecord,
  DocumentRecord,
  EntityMentionRecord,
  EntityType,
} from '../contract/types.js';
import { isRoleWord, resolveEntities, stripTitles } from '../entities/index.js';

export interface CrossEntities {
  entities: CrossEntityRecord[];
  /** Cross-report entity id of a document's own entity id: `idOf(doc, 'e3')`. */
  idOf(doc: number, documentEntity: string): string | undefined;
  /** Display name of a cross-report entity id. */
  nameOf(id: string): string | undefined;
  /**
   * Who a quotation is attributed to, for a reader: the speaker's entity name,
   * or the speaker's own words without titles when the entity is only a role
   * ("Feuerwehrchef") or unknown.
   */
  speakerName(doc: number, speaker: { text: string; entity: string | null }): string;
}

interface DocumentEntity {
  doc: number;
  id: string;
  type: EntityType;
  canonical: string;
  mentions: EntityMentionRecord[];
}

/**
 * One entity list across all reports. Each report's entities are first named by
 * the same in-document resolution the NER stage uses; their canonical names are
 * then resolved together as if they were mentions of one text, so the same rules
 * apply across reports: titles ignored, transliterations matched ("Selenskyj" and
 * "Zelensky"), surnames attached to full names, "Donald Trump Jr" kept apart.
 */
export function resolveAcrossDocuments(documents: readonly DocumentRecord[]): CrossEntities {
  const docEntities = documents.flatMap((doc, index) => entitiesOfDocument(doc, index));
  // An acronym a report spells out ("Deutscher Wetterdienst (DWD)") stands for that
  // name in every report.
  const spelledOut = new Map(documents.flatMap((doc) => acronymsSpelledOut(doc)));
  const resolution = resolveEntities(
    docEntities.map((e) => ({
      text: spelledOut.get(e.canonical) ?? e.canonical,
      type: e.type,
      form: 'name' as const,
    })),
  );

  const crossIdOf = new Map<string, string>();
  const entities: CrossEntityRecord[] = resolution.entities.map((entity, n) => {
    const id = `x${n + 1}`;
    const members = entity.mentions.map((i) => docEntities[i]!);
    for (const member of members) crossIdOf.set(`${member.doc}\u0000${member.id}`, id);
    const mentions = members
      .flatMap((member) =>
        member.mentions.map((m) => ({ doc: member.doc, start: m.start, end: m.end })),
      )
      .sort((a, b) => a.doc - b.doc || a.start - b.start);
    return { id, name: entity.canonical, type: entity.type, key: entity.key, mentions };
  });
  const names = new Map(entities.map((e) => [e.id, e.name]));

  const idOf = (doc: number, documentEntity: string) =>
    crossIdOf.get(`${doc}\u0000${documentEntity}`);
  return {
    entities,
    idOf,
    nameOf: (id) => names.get(id),
    speakerName(doc, speaker) {
      const id = speaker.entity ? idOf(doc, speaker.entity) : undefined;
      const name = id ? names.get(id) : undefined;
      return name && !isRoleWord(name) ? name : stripTitles(speaker.text);
    },
  };
}

function entitiesOfDocument(doc: DocumentRecord, docIndex: number): DocumentEntity[] {
  if (doc.entities.length === 0) return [];
  const resolution = resolveEntities(doc.entities);
  const byId = new Map<string, DocumentEntity>();
  doc.entities.forEach((mention, i) => {
    let entity = byId.get(mention.entity);
    if (!entity) {
      // The resolver's canonical name for this mention's group; the NER stage
      // assigned the ids, the resolver supplies the fullest name without titles.
      const resolved = resolution.entities.find((e) => e.id === resolution.entityOf[i]);
      entity = {
        doc: docIndex,
        id: mention.entity,
        type: mention.type,
        canonical: resolved?.canonical ?? mention.text,
        mentions: [],
      };
      byId.set(mention.entity, entity);
    }
    entity.mentions.push(mention);
  });
  return [...byId.values()];
}

/**
 * Acronyms a report introduces in parentheses right after the name:
 * "des Deutschen Wetterdienstes (DWD)", "Landesamt für Verbraucherschutz (LVL)".
 * Acronym → the name as written.
 */
function acronymsSpelledOut(doc: DocumentRecord): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 0; i + 1 < doc.entities.length; i++) {
    const [name, short] = [doc.entities[i]!, doc.entities[i + 1]!];
    if (!/^\p{Lu}{2,6}$/u.test(short.text) || name.type === 'PER') continue;
    if (!/^\s*\(\s*$/u.test(doc.text.slice(name.end, short.start))) continue;
    if (!/^\s*\)/u.test(doc.text.slice(short.end, short.end + 2))) continue;
    found.push([short.text, name.text]);
  }
  return found;
}
