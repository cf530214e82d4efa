import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findLead, missingFrom, pageDescription } from './lead.js';

const LEAD =
  'Nach dem Hochwasser bleibt die Brücke zwischen Wurzen und Dehnitz gesperrt. Prüfer fanden Schäden an zwei Pfeilern.';
const page = (description: string, body: string) =>
  parseHTML(
    `<html><head><meta property="og:description" content="${description}"></head><body>${body}</body></html>`,
  ).document;

describe('lead', () => {
  const body = `<header><h1>Brücke bleibt zu</h1><p class="intro">${LEAD}</p></header><article><p>Der Landrat sagte …</p></article>`;

  it('takes the page block that opens with the description when the text lacks it', () => {
    const doc = page(LEAD, body);
    const lead = findLead(doc, pageDescription(doc))!;
    expect(lead.text).toBe(LEAD);
    expect(missingFrom(lead, ['Der Landrat sagte …'])).toBe(true);
    expect(missingFrom(lead, [LEAD, 'Der Landrat sagte …'])).toBe(false);
  });

  it('accepts a description cut off with an ellipsis and keeps the page wording', () => {
    const doc = page(`${LEAD.slice(0, 70)} …`, body);
    expect(findLead(doc, pageDescription(doc))?.text).toBe(LEAD);
  });

  it.each([
    [
      'the page does not show the description',
      LEAD,
      '<article><p>Der Landrat sagte …</p></article>',
    ],
    ['the description is too short to be a lead', 'Brücke zu.', body],
    [
      'only a large container opens with it',
      LEAD,
      `<div>${LEAD} ${'Weiterer Text. '.repeat(30)}</div>`,
    ],
  ])('finds nothing when %s', (_name, description, html) => {
    const doc = page(description, html);
    expect(findLead(doc, pageDescription(doc))).toBeUndefined();
  });
});
