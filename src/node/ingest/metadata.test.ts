import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isoDate, readPageMeta } from './metadata.js';

const meta = (head: string, body = '', url?: string) =>
  readPageMeta(
    parseHTML(
      `<html${body.startsWith('lang') ? ` ${body}` : ''}><head>${head}</head><body>${body.startsWith('lang') ? '' : body}</body></html>`,
    ).document,
    url,
  );

describe('readPageMeta', () => {
  it.each([
    [
      'OpenGraph and article properties',
      '<meta property="og:site_name" content="Kreisblatt"><meta property="og:title" content="Neuer Bahnhof"><meta property="article:published_time" content="2024-06-02T09:00:00+02:00"><meta property="og:url" content="https://kreisblatt.example/bahnhof">',
      '',
      {
        outlet: 'Kreisblatt',
        title: 'Neuer Bahnhof',
        published: '2024-06-02T09:00:00+02:00',
        url: 'https://kreisblatt.example/bahnhof',
      },
    ],
    [
      'plain meta with a German date and an author',
      '<title>Rat beschließt Haushalt</title><meta name="date" content="02.06.2024"><meta name="author" content="Paul Ebert">',
      '',
      { title: 'Rat beschließt Haushalt', published: '2024-06-02', author: 'Paul Ebert' },
    ],
    [
      'a <time datetime> when nothing else states the date',
      '<title>Kurz</title>',
      '<p>Stand: <time datetime="2024-06-03 14:05">3. Juni</time></p>',
      { title: 'Kurz', published: '2024-06-03T14:05' },
    ],
    [
      'JSON-LD inside @graph beats OpenGraph; several authors are joined',
      '<meta property="og:title" content="Social-Titel"><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":["NewsArticle"],"headline":"Echter Titel","author":[{"name":"A. Berg"},{"name":"C. Dorn"}],"datePublished":"2024-06-04","publisher":{"name":"Talpost"},"inLanguage":"de-DE"}]}</script>',
      '',
      {
        title: 'Echter Titel',
        author: 'A. Berg, C. Dorn',
        published: '2024-06-04',
        outlet: 'Talpost',
        lang: 'de-DE',
      },
    ],
    [
      'broken JSON-LD is skipped; og:locale gives the language',
      '<script type="application/ld+json">{"@type":"NewsArticle", headline: }</script><meta property="og:locale" content="de_DE">',
      '',
      { lang: 'de-DE' },
    ],
    [
      'a relative canonical link is resolved against the page URL',
      '<link rel="canonical" href="../a/b.html">',
      '',
      { url: 'https://x.example/a/b.html' },
    ],
  ])('%s', (_name, head, body, expected) => {
    expect(
      meta(head, body, head.includes('canonical') ? 'https://x.example/c/d.html' : undefined),
    ).toEqual(expected);
  });

  it.each([
    [
      'a <time> without datetime',
      '<p><time>29.04.2020, 12:01 Uhr</time></p>',
      undefined,
      '2020-04-29',
    ],
    [
      'the date in a blog URL path',
      '<p>Text</p>',
      'https://blog.example/2017/06/29/titel/',
      '2017-06-29',
    ],
    [
      'a date-classed byline element',
      '<span class="meta__date">03.11.2021</span>',
      undefined,
      '2021-11-03',
    ],
    [
      'a month name',
      '<div class="article-date">Montag, 4. März 2024</div>',
      undefined,
      '2024-03-04',
    ],
    [
      'a cue in running text',
      '<p>Veröffentlicht am 16.08.2019 von Redaktion</p>',
      undefined,
      '2019-08-16',
    ],
    [
      'itemprop datePublished',
      '<span itemprop="datePublished" content="2023-05-06">6. Mai</span>',
      undefined,
      '2023-05-06',
    ],
    [
      'no date in a large date-classed container or without a cue',
      '<div class="dates">' + 'Termin '.repeat(40) + '01.02.2020</div><p>Gültig bis 01.02.2021</p>',
      undefined,
      undefined,
    ],
  ])('published date from %s', (_name, body, url, expected) => {
    expect(meta('', body, url).published).toBe(expected);
  });

  it('prefers the day in the URL path to a metadata day that differs (a CMS rewrites metadata on updates)', () => {
    const head = '<meta property="article:published_time" content="2019-10-25T08:00:00+02:00">';
    expect(meta(head, '', 'https://blog.example/2019/10/22/titel/').published).toBe('2019-10-22');
    expect(meta(head, '', 'https://blog.example/2019/10/25/titel/').published).toBe(
      '2019-10-25T08:00:00+02:00',
    );
  });

  it('takes the language from <html lang>', () => {
    expect(meta('', 'lang="de-AT"')).toEqual({ lang: 'de-AT' });
  });
});

describe('isoDate', () => {
  it.each([
    ['2024-11-17T23:30:00+01:00', '2024-11-17T23:30:00+01:00'],
    ['2024-11-17', '2024-11-17'],
    ['17.11.2024, 23:30 Uhr', '2024-11-17'],
    ['Di., 25.01.2022 - 14:45', '2022-01-25'],
    ['17. Nov. 2024', '2024-11-17'],
    ['Stand 17.11.2024', '2024-11-17'],
    ['Sitzung 2023, danach 17.11.2024', undefined],
    ['1.2.2024', '2024-02-01'],
    ['Sun, 17 Nov 2024 22:30:00 GMT', '2024-11-17T22:30:00.000Z'],
    ['gestern', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});
