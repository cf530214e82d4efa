import type { VNode } from 'preact';
import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Span } from '../core/contract/types.js';
import { groupByLine, splitIntoRuns, type Mark, type Run } from './highlight.js';

export interface ReportViewProps {
  docIndex: number;
  name: string;
  text: string;
  marks: readonly Mark[];
  /** Spans of the selected finding in this report (the same array while the selection stays). */
  selected: readonly Span[];
  /** Changes with each selection, so the view scrolls again even to the same place. */
  selectionKey: string | null;
}

const NO_SPANS: readonly Span[] = [];

/**
 * One report as analysed, with its highlights. The text goes into the DOM only
 * as text nodes (never as HTML), so markup in a report shows as what it is.
 */
export const ReportView = memo(function ReportView({
  docIndex,
  name,
  text,
  marks,
  selected,
  selectionKey,
}: ReportViewProps) {
  const body = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => {
    const all =
      selected.length === 0
        ? marks
        : [...marks, ...selected.map((s) => ({ start: s.start, end: s.end, className: 'hl-sel' }))];
    return groupByLine(text, splitIntoRuns(text.length, all));
  }, [text, marks, selected]);

  useEffect(() => {
    const container = body.current;
    if (!container || selectionKey === null) return;
    const first = container.querySelector<HTMLElement>('.hl-sel');
    if (!first) return;
    // Scroll only this column (not the page), putting the claim a third of the way down.
    const top =
      first.getBoundingClientRect().top -
      container.getBoundingClientRect().top +
      container.scrollTop;
    container.scrollTo({ top: Math.max(0, top - container.clientHeight / 3), behavior: 'smooth' });
  }, [selectionKey, lines]);

  return (
    <article class="report" aria-labelledby={`report-title-${docIndex}`}>
      <header class="report-head">
        <h2 id={`report-title-${docIndex}`} class="report-title" title={name}>
          {name}
        </h2>
        <span class="report-meta">{countWords(text).toLocaleString('en-US')} words</span>
      </header>
      <div
        class="report-body"
        ref={body}
        tabIndex={0}
        aria-label={`Text of ${name}`}
        data-doc={docIndex}
      >
        {lines.map((line) => (
          <p class="line" key={line.start}>
            {renderRuns(text, line.runs)}
          </p>
        ))}
      </div>
    </article>
  );
});

/** Plain runs become text nodes; marked runs keyed spans, preceded by any speaker label. */
function renderRuns(text: string, runs: readonly Run[]) {
  const nodes: (string | VNode)[] = [];
  for (const run of runs) {
    const content = text.slice(run.start, run.end);
    if (run.marks.length === 0) {
      nodes.push(content);
      continue;
    }
    let entity: number | undefined;
    const classes: string[] = [];
    for (const mark of run.marks) {
      classes.push(mark.className);
      if (mark.entity !== undefined) entity = mark.entity;
      if (mark.label !== undefined && mark.start === run.start) {
        nodes.push(
          <span class="speaker" key={`label-${run.start}-${nodes.length}`}>
            <span class="visually-hidden">Quotation, speaker: </span>
            {mark.label}
          </span>,
        );
      }
    }
    nodes.push(
      <span key={run.start} class={classes.join(' ')} data-ent={entity}>
        {content}
      </span>,
    );
  }
  return nodes;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export { NO_SPANS };
