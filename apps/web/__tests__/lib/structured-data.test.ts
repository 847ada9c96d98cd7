/**
 * @jest-environment node
 */
import { breadcrumbLd, newsArticleLd, serializeJsonLd, websiteLd } from '@/lib/structured-data';
import { article } from '../fixtures';

const SITE = 'https://news.example.org';

describe('serializeJsonLd', () => {
  it('never lets content close the <script> element, and parses back to the same value', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

const REVIEW = {
  reviewer: {
    documentId: 'r1',
    name: 'Dr Lena Ortiz',
    slug: 'lena-ortiz',
    credentials: 'Consultant Psychiatrist',
  },
  lastReviewedAt: '2026-10-01',
  nextReviewDue: '2027-04-01',
};

describe('NewsArticle: review and material updates', () => {
  it('a reviewed article lives on a MedicalWebPage with reviewedBy and lastReviewed; it stays a NewsArticle', () => {
    const ld = JSON.parse(serializeJsonLd(newsArticleLd(article({ review: REVIEW }), SITE)));
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.mainEntityOfPage).toEqual({
      '@type': ['WebPage', 'MedicalWebPage'],
      '@id': `${SITE}/en/news/walking-groups-return`,
      reviewedBy: {
        '@type': 'Person',
        name: 'Dr Lena Ortiz',
        url: `${SITE}/en/author/lena-ortiz`,
        jobTitle: 'Consultant Psychiatrist',
      },
      lastReviewed: '2026-10-01',
    });
  });

  it('dateModified follows a material update', () => {
    const ld = newsArticleLd(article({ materiallyUpdatedAt: '2026-05-01T08:00:00.000Z' }), SITE);
    expect(ld.dateModified).toBe('2026-05-01T08:00:00.000Z');
  });

  it('an unreviewed article has a plain WebPage and no review properties', () => {
    const ld = newsArticleLd(article(), SITE);
    expect(ld.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': `${SITE}/en/news/walking-groups-return`,
    });
    expect(JSON.stringify(ld)).not.toMatch(/reviewedBy|lastReviewed|MedicalWebPage/);
  });
});

describe('NewsArticle', () => {
  it('has the properties search engines require, with absolute URLs', () => {
    const ld = JSON.parse(serializeJsonLd(newsArticleLd(article({ locale: 'es', slug: 'paseos' }), SITE)));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Walking groups return this spring',
      description: 'Weekly walks restart in three neighbourhoods.',
      datePublished: '2026-03-03T09:30:00.000Z',
      // No material update: a later save (updatedAt 2026-03-04) is not a modification for readers.
      dateModified: '2026-03-03T09:30:00.000Z',
      inLanguage: 'es-ES',
      url: `${SITE}/es/news/paseos`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/es/news/paseos` },
      author: [{ '@type': 'Person', name: 'Ana Ruiz', url: `${SITE}/es/author/ana-ruiz` }],
      publisher: {
        '@type': 'Organization',
        name: 'Newsroom',
        logo: { '@type': 'ImageObject', url: `${SITE}/logo.png`, width: 512, height: 512 },
      },
      image: [
        { '@type': 'ImageObject', url: 'http://127.0.0.1:1337/uploads/walk.jpg', width: 1200, height: 800 },
      ],
      articleSection: 'Community',
      keywords: ['Wellbeing'],
    });
  });

  it('prefers the SEO share image and description; without an author the publisher is credited', () => {
    const share = {
      url: 'https://cms.example.org/uploads/share.png',
      alternativeText: '',
      width: 1200,
      height: 630,
    };
    const ld = newsArticleLd(
      article({ author: null, seo: { metaTitle: null, metaDescription: 'For sharing.', shareImage: share } }),
      SITE,
    );
    expect(ld.image).toEqual([{ '@type': 'ImageObject', url: share.url, width: 1200, height: 630 }]);
    expect(ld.description).toBe('For sharing.');
    expect(ld.author).toEqual([expect.objectContaining({ '@type': 'Organization', name: 'Newsroom' })]);
  });
});

describe('BreadcrumbList and WebSite', () => {
  it('numbers the crumbs from 1 with absolute URLs', () => {
    expect(
      breadcrumbLd(
        [
          { name: 'Home', path: '/en' },
          { name: 'Story', path: '/en/news/s' },
        ],
        SITE,
      ).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/en` },
      { '@type': 'ListItem', position: 2, name: 'Story', item: `${SITE}/en/news/s` },
    ]);
  });

  it('offers a SearchAction whose template is the search page', () => {
    const ld = websiteLd('es', SITE);
    expect(ld).toMatchObject({ '@type': 'WebSite', url: `${SITE}/es`, inLanguage: 'es-ES' });
    const action = ld.potentialAction as { target: { urlTemplate: string }; 'query-input': string };
    expect(action.target.urlTemplate).toBe(`${SITE}/es/search?q={search_term_string}`);
    expect(action['query-input']).toBe('required name=search_term_string');
  });
});
