import type { ReportSummary, SearchHit, StorySummary } from '../store/types.js';

/**
 * Plain-text views of search hits and stories for a terminal: one line per
 * item with what tells them apart (id, date, outlet, title), details indented.
 */

function reportLine(report: ReportSummary): string {
  const name = report.title ?? report.source;
  return `#${report.id}  ${report.day ?? report.addedAt.slice(0, 10)}  ${report.outlet ?? '–'}  ${name}`;
}

export function renderHitsText(hits: SearchHit[]): string {
  if (hits.length === 0) return 'no stored report matches\n';
  return hits
    .map((hit) => {
      const story = hit.storyId === null ? '' : `  (story ${hit.storyId})`;
      const snippet = hit.snippet.text.replace(/\s+/g, ' ').trim();
      return `${reportLine(hit)}${story}\n    ${hit.snippet.start > 0 ? '… ' : ''}${snippet} …\n`;
    })
    .join('');
}

export function renderStoriesText(stories: StorySummary[]): string {
  if (stories.length === 0) return 'no stories stored\n';
  return stories.map(renderStoryText).join('\n');
}

export function renderStoryText(story: StorySummary): string {
  const days =
    story.firstSeen === story.lastSeen ? story.firstSeen : `${story.firstSeen} – ${story.lastSeen}`;
  const count = `${story.reportCount} report${story.reportCount === 1 ? '' : 's'}`;
  return (
    `story ${story.id}  ${story.label}\n    ${count}, ${days}` +
    `${story.outlets.length > 0 ? `, ${story.outlets.join(', ')}` : ''}\n` +
    story.reports.map((r) => `    ${reportLine(r)}\n`).join('')
  );
}
