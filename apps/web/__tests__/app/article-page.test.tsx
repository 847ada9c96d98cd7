import { render, screen, within } from '@testing-library/react';
import ArticlePage, { generateMetadata } from '@/app/[locale]/news/[slug]/page';
import { cms } from '@/lib/cms';
import { article, fakeClient, MEDIA, NOT_FOUND, summary } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn(), isPreview: jest.fn(async () => false) }));
const mockedCms = cms as jest.MockedFunction<typeof cms>;

const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) }) as never;
const heading = (level: 2 | 3, words: string) => ({
  type: 'heading' as const,
  level,
  children: [{ type: 'text' as const, text: words }],
});
const paragraph = (words: string) => ({
  type: 'paragraph' as const,
  children: [{ type: 'text' as const, text: words }],
});

const longArticle = article({
  body: [
    paragraph('Intro.'),
    heading(2, 'Why walking helps'),
    paragraph('Because.'),
    heading(3, 'Mood'),
    paragraph('Better.'),
    heading(2, 'How to join'),
    paragraph('Just come.'),
  ],
  translations: [{ locale: 'es', slug: 'vuelven-los-paseos' }],
});

function withArticle(a = longArticle) {
  const client = fakeClient({
    getArticleBySlug: jest.fn(async () => a),
    getRelatedArticles: jest.fn(async () => [
      summary({ documentId: 'doc-9', slug: 'garden-open-day', title: 'Garden open day' }),
    ]),
    getAdjacentArticles: jest.fn(async () => ({
      previous: summary({ documentId: 'doc-7', slug: 'older-story', title: 'An older story' }),
      next: summary({ documentId: 'doc-8', slug: 'newer-story', title: 'A newer story' }),
    })),
  });
  mockedCms.mockResolvedValue(client as never);
  return client;
}

describe('article page (/[locale]/news/[slug])', () => {
  it('shows breadcrumbs, title, section, author, date, reading time and the cover', async () => {
    const client = withArticle();
    render(await ArticlePage(params({ locale: 'en', slug: 'walking-groups-return' })));

    expect(client.getArticleBySlug).toHaveBeenCalledWith('en', 'walking-groups-return');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/en');
    expect(within(crumbs).getByRole('link', { name: 'Community' })).toHaveAttribute(
      'href',
      '/en/category/community',
    );
    expect(within(crumbs).getByText('Walking groups return this spring')).toHaveAttribute(
      'aria-current',
      'page',
    );

    expect(
      screen.getByRole('heading', { level: 1, name: 'Walking groups return this spring' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('link', { name: 'Ana Ruiz' })[0]).toHaveAttribute(
      'href',
      '/en/author/ana-ruiz',
    );
    expect(main.querySelector('time')).toHaveAttribute('dateTime', '2026-03-03T09:30:00.000Z');
    expect(within(main).getAllByText('4 min read').length).toBeGreaterThan(0);
    const story = screen.getByRole('article', { name: 'Walking groups return this spring' });
    expect(within(story).getAllByRole('img')[0]).toHaveAccessibleName('People walking in a park');
  });

  it('has a table of contents for a long article, linking to the heading anchors', async () => {
    withArticle();
    render(await ArticlePage(params({ locale: 'en', slug: 'walking-groups-return' })));
    const toc = screen.getByRole('navigation', { name: 'In this article' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Why walking helps', '#why-walking-helps'],
      ['Mood', '#mood'],
      ['How to join', '#how-to-join'],
    ]);
    for (const link of links)
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    // The H3 is listed inside its H2's entry, so the H2s are numbered 1, 2.
    expect(
      within(toc).getByRole('link', { name: 'Mood' }).closest('li')!.parentElement!.closest('li'),
    ).toHaveTextContent(/^Why walking helps/);
    expect(toc.querySelectorAll(':scope > ol > li')).toHaveLength(2);
  });

  it('has no table of contents for a short article', async () => {
    withArticle(article());
    render(await ArticlePage(params({ locale: 'en', slug: 'walking-groups-return' })));
    expect(screen.queryByRole('navigation', { name: 'In this article' })).toBeNull();
  });

  it('links to tags, share targets, back to top, previous/next and related articles', async () => {
    withArticle();
    render(await ArticlePage(params({ locale: 'en', slug: 'walking-groups-return' })));
    expect(screen.getByRole('link', { name: 'Wellbeing' })).toHaveAttribute('href', '/en/tag/wellbeing');
    expect(screen.getByRole('link', { name: 'Share on Facebook' }).getAttribute('href')).toContain(
      encodeURIComponent('http://localhost:3000/en/news/walking-groups-return'),
    );
    expect(screen.getByRole('link', { name: /Back to top/ })).toHaveAttribute('href', '#top');
    const more = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: 'An older story' })).toHaveAttribute(
      'href',
      '/en/news/older-story',
    );
    expect(within(more).getByRole('link', { name: 'A newer story' })).toHaveAttribute(
      'href',
      '/en/news/newer-story',
    );
    const related = screen.getByRole('heading', { level: 2, name: 'Related articles' }).closest('section')!;
    expect(within(related).getByRole('link', { name: 'Garden open day' })).toHaveAttribute(
      'href',
      '/en/news/garden-open-day',
    );
  });

  it('offers the Spanish translation in the language links', async () => {
    withArticle();
    render(await ArticlePage(params({ locale: 'en', slug: 'walking-groups-return' })));
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute(
      'href',
      '/es/news/vuelven-los-paseos',
    );
  });

  it('is a 404 for an unknown slug', async () => {
    mockedCms.mockResolvedValue(fakeClient() as never);
    await expect(ArticlePage(params({ locale: 'en', slug: 'no-such-story' }))).rejects.toMatchObject(
      NOT_FOUND,
    );
  });

  it('is a 404 for a slug that cannot exist, without asking the CMS', async () => {
    const client = fakeClient();
    mockedCms.mockResolvedValue(client as never);
    await expect(ArticlePage(params({ locale: 'en', slug: 'a slug/with..stuff<>' }))).rejects.toMatchObject(
      NOT_FOUND,
    );
    expect(client.getArticleBySlug).not.toHaveBeenCalled();
  });

  it("shows a Spanish article's tag chips with their Spanish names, linking to the shared slug", async () => {
    withArticle(
      article({
        locale: 'es',
        slug: 'vuelven-los-paseos',
        tags: [{ documentId: 'tag-1', locale: 'es', name: 'Bienestar', slug: 'wellbeing' }],
        translations: [{ locale: 'en', slug: 'walking-groups-return' }],
      }),
    );
    render(await ArticlePage(params({ locale: 'es', slug: 'vuelven-los-paseos' })));
    const chips = screen.getByRole('region', { name: 'Etiquetas' });
    expect(within(chips).getByRole('link', { name: 'Bienestar' })).toHaveAttribute(
      'href',
      '/es/tag/wellbeing',
    );
    expect(screen.queryByText('Wellbeing')).toBeNull();
  });

  it('describes itself to search engines and share previews (canonical, hreflang, Open Graph)', async () => {
    const shareImage = {
      url: `${MEDIA}/uploads/share.png`,
      alternativeText: 'Walkers',
      width: 1200,
      height: 630,
    };
    withArticle(
      article({
        seo: { metaTitle: 'Walks are back', metaDescription: 'Join a free weekly walk.', shareImage },
        translations: [{ locale: 'es', slug: 'vuelven-los-paseos' }],
      }),
    );
    const meta = await generateMetadata(params({ locale: 'en', slug: 'walking-groups-return' }));
    expect(meta.title).toBe('Walks are back');
    expect(meta.description).toBe('Join a free weekly walk.');
    expect(meta.alternates).toMatchObject({
      canonical: '/en/news/walking-groups-return',
      languages: {
        en: '/en/news/walking-groups-return',
        es: '/es/news/vuelven-los-paseos',
        'x-default': '/en/news/walking-groups-return',
      },
    });
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-03-03T09:30:00.000Z',
      // Only a material update moves it; this article has none (a later save is not one).
      modifiedTime: '2026-03-03T09:30:00.000Z',
      images: [{ url: shareImage.url, width: 1200, height: 630 }],
    });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: shareImage.url }] });
  });

  it('falls back to the excerpt and the cover at its real size when there is no SEO component', async () => {
    withArticle(article());
    const meta = await generateMetadata(params({ locale: 'en', slug: 'walking-groups-return' }));
    expect(meta.title).toBe('Walking groups return this spring');
    expect(meta.description).toBe('Weekly walks restart in three neighbourhoods.');
    expect(meta.openGraph).toMatchObject({
      images: [{ url: `${MEDIA}/uploads/walk.jpg`, width: 1200, height: 800 }],
    });
  });

  it('carries NewsArticle and BreadcrumbList JSON-LD that parse and have the required properties', async () => {
    withArticle(article({ title: 'Walks </script><script>alert(1)</script> return' }));
    const { container } = render(await ArticlePage(params({ locale: 'en', slug: 'walking-groups-return' })));
    const scripts = [...container.querySelectorAll('script[type="application/ld+json"]')];
    // The HTML tokenizer ends a script at "</script" whatever follows: it must never appear inside.
    expect(scripts.map((s) => s.innerHTML).join('')).not.toMatch(/<\/script/i);
    const [news, crumbs] = scripts.map((s) => JSON.parse(s.textContent!));
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Walks </script><script>alert(1)</script> return',
      datePublished: '2026-03-03T09:30:00.000Z',
      dateModified: '2026-03-03T09:30:00.000Z',
      inLanguage: 'en-GB',
      author: [{ name: 'Ana Ruiz' }],
      publisher: { name: 'Newsroom', logo: { url: 'http://localhost:3000/logo.png' } },
      image: [{ url: `${MEDIA}/uploads/walk.jpg` }],
    });
    expect(crumbs['@type']).toBe('BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string; item: string }) => [i.name, i.item])).toEqual([
      ['Home', 'http://localhost:3000/en'],
      ['Community', 'http://localhost:3000/en/category/community'],
      [
        'Walks </script><script>alert(1)</script> return',
        'http://localhost:3000/en/news/walking-groups-return',
      ],
    ]);
  });
});
