import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeed, selectItems, type FeedItem } from './feed.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const BASE = 'http://127.0.0.1:9/';

describe('readFeed', () => {
  it('reads RSS: relative links resolved, a permalink guid as link, RFC 822 dates', () => {
    const feed = readFeed(fixture('feed.rss'), BASE)!;
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Muldentaler Bote – Lokales');
    expect(feed.items.map((i) => i.url)).toEqual([
      'http://127.0.0.1:9/lokales/freibad',
      'http://127.0.0.1:9/bote',
      'http://127.0.0.1:9/kurier',
      'http://127.0.0.1:9/gone',
    ]);
    expect(feed.items[1]).toEqual({
      url: 'http://127.0.0.1:9/bote',
      title: 'Brücke über die Mulde bleibt bis Freitag gesperrt',
      published: '2025-03-09T17:40:00.000Z',
    });
    expect(feed.items[3]!.published).toBeUndefined();
  });

  it('reads Atom: the alternate link, not the enclosure; published, else updated', () => {
    const feed = readFeed(fixture('feed.atom'), BASE)!;
    expect(feed.format).toBe('atom');
    expect(feed.items).toEqual([
      {
        url: 'http://127.0.0.1:9/kurier',
        title: 'Pegel fällt weiter',
        published: '2025-03-10T08:05:00+01:00',
      },
      {
        url: 'http://127.0.0.1:9/bote',
        title: 'Brücke gesperrt',
        published: '2025-03-09T19:00:00+01:00',
      },
    ]);
  });

  it('reads JSON Feed: url or external_url; an item without a page is skipped', () => {
    const feed = readFeed(fixture('feed.json'), BASE)!;
    expect(feed.format).toBe('json');
    expect(feed.items.map((i) => i.url)).toEqual([
      'http://127.0.0.1:9/bote',
      'http://127.0.0.1:9/kurier',
    ]);
  });

  it('reads RDF (RSS 1.0) with Dublin Core dates', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${BASE}"><title>Amtsblatt</title><link>${BASE}</link></channel><item rdf:about="${BASE}x"><title>Satzung</title><link>${BASE}x</link><dc:date>2025-03-08</dc:date></item></rdf:RDF>`;
    expect(readFeed(rdf, BASE)).toEqual({
      format: 'rdf',
      title: 'Amtsblatt',
      items: [{ url: `${BASE}x`, title: 'Satzung', published: '2025-03-08' }],
    });
  });

  it('returns null for what is not a feed', () => {
    expect(readFeed('<html><body><p>Kein Feed</p></body></html>')).toBeNull();
    expect(readFeed('{"title": "kein Feed"}')).toBeNull();
  });
});

describe('selectItems', () => {
  const items: FeedItem[] = [
    { url: 'a', published: '2025-03-07T16:00:00+01:00' },
    { url: 'b', published: '2025-03-09T18:40:00+01:00' },
    { url: 'c' },
    { url: 'd', published: '2025-03-10T00:30:00+01:00' },
  ];
  it.each([
    [{}, ['d', 'b', 'a', 'c']],
    [{ limit: 2 }, ['d', 'b']],
    [{ since: '2025-03-09' }, ['d', 'b']],
    [{ since: '2025-03-10' }, ['d']],
    [{ since: '2025-03-09', limit: 1 }, ['d']],
    [{ limit: 0 }, []],
  ])('%j → %j', (options, urls) => {
    expect(selectItems(items, options).map((i) => i.url)).toEqual(urls);
  });
});
