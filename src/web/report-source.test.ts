import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../core/contract/types.js';
import { isHtmlFile } from './files.js';
import { isPageUrl, nameOfUrl, reportName } from './report-source.js';

describe('isPageUrl: a pasted text that is one web address and nothing else', () => {
  it.each([
    ['https://www.rheinbote.example/lokales/bruecke-gesperrt', true],
    ['http://127.0.0.1:8080/bote', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['ftp://example.org/bericht.txt', false],
    ['javascript:alert(1)', false],
    ['www.example.org/bericht', false],
    ['https://example.org/a Der Pegel stieg.', false],
    ['Der Pegel stieg, https://example.org/a', false],
    ['https://', false],
  ])('%j → %s', (value, expected) => expect(isPageUrl(value)).toBe(expected));
});

describe('nameOfUrl', () => {
  it.each([
    ['https://bote.example/', 'bote.example'],
    ['https://bote.example/2025/03/bruecke?x=1#a', 'bote.example/2025/03/bruecke'],
    [`https://bote.example/${'a'.repeat(300)}`, `bote.example/${'a'.repeat(107)}`],
  ])('%s → %s', (url, name) => expect(nameOfUrl(url)).toBe(name));
});

describe('isHtmlFile', () => {
  it.each([
    ['bote.html', '', true],
    ['BOTE.HTM', '', true],
    ['seite.xhtml', '', true],
    ['bericht', 'text/html', true],
    ['bericht.txt', 'text/plain', false],
    ['html.txt', '', false],
  ])('%s (%s) → %s', (name, type, expected) => expect(isHtmlFile({ name, type })).toBe(expected));
});

describe('reportName: by outlet, else title, as the page stated them', () => {
  const doc = (id: string, meta?: DocumentRecord['meta']) =>
    ({ id, ...(meta ? { meta } : {}) }) as DocumentRecord;
  it.each([
    [doc('Report 1'), 'Report 1'],
    [
      doc('rheinbote.html', { outlet: 'Rheinbote', title: 'Brücke gesperrt' }),
      'Rheinbote (rheinbote.html)',
    ],
    [
      doc('bote.example/2025/bruecke', { outlet: 'Muldentaler Bote' }),
      'Muldentaler Bote (bruecke)',
    ],
    [doc('seite.html', { title: 'Brücke  gesperrt\n' }), 'Brücke gesperrt (seite.html)'],
    [doc('seite.html', { title: '  ' }), 'seite.html'],
  ])('%j → %s', (d, name) => expect(reportName(d)).toBe(name));
});
