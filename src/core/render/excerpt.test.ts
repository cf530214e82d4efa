import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../contract/types.js';
import { renderCompareMarkdown } from './compare-markdown.js';
import { renderCompareText } from './compare-text.js';
import { documentLabel, documentName } from './excerpt.js';
import { emptyCompareOutput, emptyDocument } from '../testing/records.js';

const doc = (id: string, outlet?: string): DocumentRecord =>
  emptyDocument(id, '', outlet === undefined ? {} : { meta: { outlet } });

describe('documentName and documentLabel', () => {
  it.each([
    ['reports/kurier.txt', undefined, 'kurier.txt', 'reports/kurier.txt'],
    ['C:\\berichte\\bote.html', undefined, 'bote.html', 'C:\\berichte\\bote.html'],
    [
      'pages/rheinbote.html',
      'Rheinbote',
      'Rheinbote (rheinbote.html)',
      'Rheinbote (pages/rheinbote.html)',
    ],
    [
      'https://bote.example/2025/bruecke',
      'Muldentaler  Bote',
      'Muldentaler Bote (bruecke)',
      'Muldentaler Bote (https://bote.example/2025/bruecke)',
    ],
    [
      'https://bote.example/',
      'Bote',
      'Bote (https://bote.example/)',
      'Bote (https://bote.example/)',
    ],
    ['Rheinbote', 'Rheinbote', 'Rheinbote', 'Rheinbote'],
    ['a.txt', '  ', 'a.txt', 'a.txt'],
  ])('%s with outlet %j is %j, in lists %j', (id, outlet, name, label) => {
    expect(documentName(doc(id, outlet))).toBe(name);
    expect(documentLabel(doc(id, outlet))).toBe(label);
  });

  it('name the reports in the text and Markdown views', () => {
    const output = emptyCompareOutput([
      doc('pages/rheinbote.html', 'Rheinbote'),
      doc('kurier.txt'),
    ]);
    expect(renderCompareText(output)).toContain(
      '[1] Rheinbote (pages/rheinbote.html)  [2] kurier.txt',
    );
    expect(renderCompareMarkdown(output)).toContain('| 1 | Rheinbote (pages/rheinbote.html) |');
  });
});
