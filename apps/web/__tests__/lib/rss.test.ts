/**
 * @jest-environment node
 */
import { articleFeed, articleGuid, FEED_SIZE } from '@/lib/feeds';
import { buildRssFeed, rfc822 } from '@/lib/rss';
import { summary } from '../fixtures';
import { parseXml } from '../xml';

const SITE = 'https://news.example.org';

const channel = (items: Parameters<typeof buildRssFeed>[0]['items']) =>
  buildRssFeed({
    title: 'Newsroom: Latest news',
    link: `${SITE}/en`,
    feedUrl: `${SITE}/en/feed.xml`,
    description: 'News & stories',
    language: 'en-GB',
    imageUrl: `${SITE}/logo.png`,
    items,
  });

describe('buildRssFeed', () => {
  it('writes valid RSS 2.0 with the channel and item elements readers need', () => {
    const xml = channel([
      {
        title: 'Walks return',
        url: `${SITE}/en/news/walks-return`,
        guid: 'tag:news.example.org,2026:article/en/d1',
        description: 'Weekly walks restart.',
        publishedAt: '2026-03-03T09:30:00.000Z',
        author: 'Ana Ruiz',
        categories: ['Community'],
        image: { url: 'https://cms.example.org/uploads/walk.jpg', width: 1200, height: 800 },
      },
    ]);
    const { rss } = parseXml(xml, ['item']);
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel).toMatchObject({
      title: 'Newsroom: Latest news',
      link: `${SITE}/en`,
      description: 'News & stories',
      language: 'en-GB',
      lastBuildDate: 'Tue, 03 Mar 2026 09:30:00 GMT',
    });
    expect(rss.channel['atom:link']).toMatchObject({ '@href': `${SITE}/en/feed.xml`, '@rel': 'self' });
    expect(rss.channel.image.url).toBe(`${SITE}/logo.png`);
    const [item] = rss.channel.item;
    expect(item).toMatchObject({
      title: 'Walks return',
      link: `${SITE}/en/news/walks-return`,
      description: 'Weekly walks restart.',
      pubDate: 'Tue, 03 Mar 2026 09:30:00 GMT',
      'dc:creator': 'Ana Ruiz',
      category: 'Community',
    });
    expect(item.guid).toMatchObject({
      '#text': 'tag:news.example.org,2026:article/en/d1',
      '@isPermaLink': 'false',
    });
    expect(item['media:content']).toMatchObject({ '@medium': 'image', '@width': '1200' });
  });

  it('escapes every field: a hostile title cannot break the feed', () => {
    const title = `Fish & chips <b>"night"</b> ]]> \u0008 it's on`;
    const xml = channel([
      {
        title,
        url: `${SITE}/en/news/a?x=1&y=2`,
        guid: 'g',
        description: '<script>alert("x")</script>',
        publishedAt: '2026-03-03T09:30:00.000Z',
      },
    ]);
    const [item] = parseXml(xml, ['item']).rss.channel.item;
    expect(item.title).toBe(title.replace('\u0008', ''));
    expect(item.link).toBe(`${SITE}/en/news/a?x=1&y=2`);
    expect(item.description).toBe('<script>alert("x")</script>');
    expect(xml).not.toContain('<script>');
  });

  it('has no pubDate for a date it cannot read, and an empty channel is still valid', () => {
    expect(rfc822('not a date')).toBeUndefined();
    const { rss } = parseXml(channel([]), ['item']);
    expect(rss.channel.item).toBeUndefined();
    expect(rss.channel.lastBuildDate).toBeUndefined();
  });
});

describe('articleFeed', () => {
  it('lists at most 20 articles with absolute URLs and slug-independent guids', () => {
    const articles = Array.from({ length: 25 }, (_, i) =>
      summary({ documentId: `d${i}`, slug: `story-${i}`, title: `Story ${i}` }),
    );
    const xml = articleFeed({
      locale: 'en',
      siteUrl: SITE,
      title: 'Newsroom: Latest news',
      description: 'News',
      pagePath: '/en',
      feedPath: '/en/feed.xml',
      articles,
    });
    const items = parseXml(xml, ['item']).rss.channel.item;
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0].link).toBe(`${SITE}/en/news/story-0`);
    expect(items[0].guid['#text']).toBe(articleGuid({ documentId: 'd0', locale: 'en' }, SITE));
    expect(items[0].guid['#text']).not.toContain('story-0');
    for (const item of items) expect(new URL(item.link).origin).toBe(SITE);
  });
});
