/**
 * Splits a report's text into runs that each carry the set of annotations
 * covering them, so overlapping annotations (an entity inside a quotation, a
 * selected claim spanning both) can be drawn as flat, non-nested spans.
 */

export interface Mark {
  start: number;
  end: number;
  /** CSS classes the covered text gets. */
  className: string;
  /** Cross-report entity index, for the hover card. */
  entity?: number;
  /** Label shown just before the mark (a quotation's speaker). */
  label?: string;
}

export interface Run {
  start: number;
  end: number;
  marks: Mark[];
}

/** Runs covering `[0, length)` in order; a run with no marks is plain text. Marks outside the text are clipped. */
export function splitIntoRuns(length: number, marks: readonly Mark[]): Run[] {
  const points = new Set<number>([0, length]);
  const usable: Mark[] = [];
  for (const mark of marks) {
    const start = Math.max(0, mark.start);
    const end = Math.min(length, mark.end);
    if (end <= start) continue;
    usable.push(start === mark.start && end === mark.end ? mark : { ...mark, start, end });
    points.add(start);
    points.add(end);
  }
  const bounds = [...points].sort((a, b) => a - b);
  usable.sort((a, b) => a.start - b.start || b.end - a.end);

  const runs: Run[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    active = active.filter((mark) => mark.end > start);
    while (next < usable.length && usable[next]!.start === start) active.push(usable[next++]!);
    runs.push({ start, end, marks: active.length === 0 ? [] : [...active] });
  }
  return runs;
}

export interface Paragraph {
  start: number;
  /** End of the line, before its line break. */
  end: number;
  runs: Run[];
}

/**
 * Groups runs by line (the text between line breaks), cutting runs that cross
 * one. Each line is drawn as its own block, so marking a claim makes the
 * browser lay out again only the lines it touches, not the whole report.
 */
export function groupByLine(text: string, runs: readonly Run[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let r = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const inside: Run[] = [];
    while (r < runs.length && runs[r]!.end <= start) r++;
    for (let i = r; i < runs.length && runs[i]!.start < end; i++) {
      const run = runs[i]!;
      inside.push(
        run.start >= start && run.end <= end
          ? run
          : { ...run, start: Math.max(start, run.start), end: Math.min(end, run.end) },
      );
    }
    paragraphs.push({ start, end, runs: inside });
    if (newline === -1) break;
    start = newline + 1;
  }
  return paragraphs;
}
