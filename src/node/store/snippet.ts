import type { SearchHit } from './types.js';

/**
 * Turns ts_headline's passage (matches wrapped in `start`/`stop` marks) into
 * offsets in the report's own text, so that a hit can be shown in place like
 * every other finding. Without a passage (a search by filters only) the
 * report's opening words stand in.
 */
export function snippetOf(
  text: string,
  headline: string | null,
  start: string,
  stop: string,
): SearchHit['snippet'] {
  if (headline) {
    const plain = headline.split(start).join('').split(stop).join('');
    const at = text.indexOf(plain);
    if (at >= 0) {
      const matches: { start: number; end: number }[] = [];
      let offset = at;
      let open = -1;
      for (let i = 0; i < headline.length; i++) {
        const c = headline[i];
        if (c === start) open = offset;
        else if (c === stop) {
          if (open >= 0) matches.push({ start: open, end: offset });
          open = -1;
        } else offset++;
      }
      return { text: plain, start: at, end: at + plain.length, matches };
    }
  }
  return opening(text);
}

/** The first words of a report, up to about 200 characters, cut at a space. */
function opening(text: string): SearchHit['snippet'] {
  const lead = text.length - text.trimStart().length;
  let end = Math.min(text.length, lead + 200);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > lead + 100) end = space;
  }
  return { text: text.slice(lead, end), start: lead, end, matches: [] };
}
