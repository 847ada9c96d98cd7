/**
 * @jest-environment node
 */
import { samePageIn } from '@/lib/alternates';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';

const home = samePageIn((l) => paths.home(l));

describe('pageMetadata', () => {
  it('gives canonical, hreflang with x-default, the RSS feed, Open Graph and a Twitter card', () => {
    const meta = pageMetadata({
      locale: 'en',
      title: 'Latest news',
      path: '/en',
      localeLinks: home,
      xDefault: '/',
    });
    expect(meta.description).toBe('News and stories from our recovery community');
    expect(meta.alternates).toEqual({
      canonical: '/en',
      languages: { en: '/en', es: '/es', 'x-default': '/' },
      types: { 'application/rss+xml': [{ url: '/en/feed.xml', title: 'Newsroom: Latest news' }] },
    });
    expect(meta.openGraph).toMatchObject({
      type: 'website',
      url: '/en',
      locale: 'en_GB',
      alternateLocale: ['es_ES'],
      images: [{ url: '/logo.png', width: 512, height: 512 }],
    });
    expect(meta.twitter).toMatchObject({ card: 'summary', title: 'Latest news' });
    expect(meta.robots).toBeUndefined();
  });

  it('uses a real image at its real size for a large card', () => {
    const meta = pageMetadata({
      locale: 'es',
      title: 'Paseos',
      description: '  Caminatas semanales. ',
      path: '/es/news/paseos',
      localeLinks: [],
      image: {
        url: 'https://cms.example.org/uploads/walk.jpg',
        alternativeText: 'Un parque',
        width: 1600,
        height: 900,
      },
    });
    expect(meta.description).toBe('Caminatas semanales.');
    expect(meta.openGraph).toMatchObject({
      images: [
        { url: 'https://cms.example.org/uploads/walk.jpg', width: 1600, height: 900, alt: 'Un parque' },
      ],
    });
    expect(meta.twitter).toMatchObject({
      card: 'summary_large_image',
      images: [{ url: 'https://cms.example.org/uploads/walk.jpg', alt: 'Un parque' }],
    });
    // No translation: no hreflang at all.
    expect(meta.alternates).not.toHaveProperty('languages');
  });

  it('has no hreflang on page 2 onwards, announces extra feeds, and can keep a page out of the index', () => {
    const meta = pageMetadata({
      locale: 'en',
      title: 'Community — page 2',
      path: '/en/category/community/page/2',
      localeLinks: samePageIn((l) => paths.category(l, 'community')),
      page: 2,
      feeds: [{ url: '/en/category/community/feed.xml', title: 'Newsroom: Community' }],
      noIndex: true,
    });
    expect(meta.alternates).not.toHaveProperty('languages');
    expect(meta.alternates?.types?.['application/rss+xml']).toHaveLength(2);
    expect(meta.robots).toEqual({ index: false, follow: true });
  });
});
