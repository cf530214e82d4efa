import type { CompareOutput } from '../core/contract/types.js';
import { ENTITY_TYPE_NAMES } from './findings.js';

export interface HoveredEntity {
  entity: number;
  doc: number;
  /** Where the hovered mention is on screen, to place the card beside it. */
  x: number;
  y: number;
}

const CONTEXT_CHARS = 40;
const MAX_MENTIONS_PER_REPORT = 3;

/** The card shown while the pointer rests on a name: the entity and where the other reports mention it. */
export function EntityCard({
  output,
  hovered,
  reportNames,
}: {
  output: CompareOutput;
  hovered: HoveredEntity;
  reportNames: readonly string[];
}) {
  const entity = output.entities[hovered.entity];
  if (!entity) return null;
  const byDoc = new Map<number, { start: number; end: number }[]>();
  for (const mention of entity.mentions) {
    const list = byDoc.get(mention.doc) ?? [];
    list.push(mention);
    byDoc.set(mention.doc, list);
  }
  const others = [...byDoc.entries()].filter(([doc]) => doc !== hovered.doc);
  const left = Math.min(hovered.x, window.innerWidth - 340);
  const top = hovered.y + 8;
  const flip = top > window.innerHeight - 220;

  return (
    <div
      class={`entity-card${flip ? ' is-above' : ''}`}
      role="tooltip"
      id="entity-card"
      style={{
        left: `${Math.max(8, left)}px`,
        top: flip ? undefined : `${top}px`,
        bottom: flip ? `${window.innerHeight - hovered.y + 28}px` : undefined,
      }}
    >
      <p class="entity-card-title">
        <span class={`swatch swatch-${entity.type}`} aria-hidden="true" />
        <strong>{entity.name}</strong>{' '}
        <span class="entity-card-type">{ENTITY_TYPE_NAMES[entity.type] ?? entity.type}</span>
      </p>
      {others.length === 0 ? (
        <p class="entity-card-none">Not mentioned in the other reports.</p>
      ) : (
        <ul class="entity-card-list">
          {others.map(([doc, mentions]) => (
            <li key={doc}>
              <span class="entity-card-doc">
                {reportNames[doc]} ({mentions.length})
              </span>
              {mentions.slice(0, MAX_MENTIONS_PER_REPORT).map((m, i) => (
                <span class="entity-card-context" key={i}>
                  {context(output.documents[doc]?.text ?? '', m.start, m.end)}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function context(text: string, start: number, end: number) {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + CONTEXT_CHARS).replace(/\s+/g, ' ');
  return (
    <>
      {start > CONTEXT_CHARS ? '…' : ''}
      {before}
      <mark>{text.slice(start, end)}</mark>
      {after}
      {end + CONTEXT_CHARS < text.length ? '…' : ''}
    </>
  );
}
