import { render, screen } from '@testing-library/react';
import AuthorPage from '@/app/[locale]/author/[slug]/page';
import CategoryPage from '@/app/[locale]/category/[slug]/page';
import CategoryPagedPage from '@/app/[locale]/category/[slug]/page/[n]/page';
import TagPagedPage from '@/app/[locale]/tag/[slug]/page/[n]/page';
import TagPage, { generateMetadata as tagMetadata } from '@/app/[locale]/tag/[slug]/page';
import { cms } from '@/lib/cms';
import { category, fakeClient, NOT_FOUND, page, summary } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn(), isPreview: jest.fn(async () => false) }));
const mockedCms = cms as jest.MockedFunction<typeof cms>;

const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) }) as never;
const use = (client: ReturnType<typeof fakeClient>) => {
  mockedCms.mockResolvedValue(client as never);
  return client;
};

describe('section page (/[locale]/category/[slug])', () => {
  it('lists the section’s articles under its name and description', async () => {
    const client = use(
      fakeClient({
        getCategoryBySlug: jest.fn(async (locale: string) => category({ locale: locale as 'en' })),
        listArticles: jest.fn(async () => page([summary()], { pageCount: 2, total: 11 })),
      }),
    );
    render(await CategoryPage(params({ locale: 'en', slug: 'community' })));
    expect(client.listArticles).toHaveBeenCalledWith({
      locale: 'en',
      page: 1,
      pageSize: 10,
      category: 'community',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Community' })).toBeInTheDocument();
    expect(screen.getByText('Local groups and events.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Older articles/ })).toHaveAttribute(
      'href',
      '/en/category/community/page/2',
    );
    // The section is marked in the main navigation.
    expect(
      screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current="page"]'),
    ).toHaveTextContent('Community');
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute('href', '/es/category/community');
  });

  it('sends the language link to the home page when the section is not translated', async () => {
    use(
      fakeClient({
        getCategoryBySlug: jest.fn(async (locale: string) => (locale === 'en' ? category() : null)),
        listArticles: jest.fn(async () => page([summary()])),
      }),
    );
    render(await CategoryPage(params({ locale: 'en', slug: 'community' })));
    const note = screen.getByText(/Esta página solo está en inglés/);
    expect(note.closest('details')).toHaveAttribute('lang', 'es');
    expect(screen.getByRole('link', { name: 'Ir a la portada en español' })).toHaveAttribute('href', '/es');
  });

  it('is a 404 for an unknown section', async () => {
    use(fakeClient());
    await expect(CategoryPage(params({ locale: 'en', slug: 'nope' }))).rejects.toMatchObject(NOT_FOUND);
  });

  it('is a 404 past its last page', async () => {
    use(
      fakeClient({
        getCategoryBySlug: jest.fn(async () => category()),
        listArticles: jest.fn(async () => page([], { page: 5, pageCount: 2 })),
      }),
    );
    await expect(
      CategoryPagedPage(params({ locale: 'en', slug: 'community', n: '5' })),
    ).rejects.toMatchObject(NOT_FOUND);
  });
});

describe('author page (/[locale]/author/[slug])', () => {
  it('lists the author’s articles in this language', async () => {
    const client = use(
      fakeClient({
        getAuthorBySlug: jest.fn(async () => ({
          documentId: 'a1',
          name: 'Ana Ruiz',
          slug: 'ana-ruiz',
          bio: 'Peer support worker.',
          avatar: null,
        })),
        listArticles: jest.fn(async () => page([summary({ locale: 'es' })])),
      }),
    );
    render(await AuthorPage(params({ locale: 'es', slug: 'ana-ruiz' })));
    expect(client.listArticles).toHaveBeenCalledWith({
      locale: 'es',
      page: 1,
      pageSize: 10,
      author: 'ana-ruiz',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Artículos de Ana Ruiz' })).toBeInTheDocument();
    expect(screen.getByText('Peer support worker.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/author/ana-ruiz');
  });

  it('is a 404 for an unknown author', async () => {
    use(fakeClient());
    await expect(AuthorPage(params({ locale: 'en', slug: 'nobody' }))).rejects.toMatchObject(NOT_FOUND);
  });
});

describe('tag page (/[locale]/tag/[slug])', () => {
  const withTag = () =>
    use(
      fakeClient({
        getTagBySlug: jest.fn(async (locale: string) =>
          locale === 'es'
            ? { documentId: 't1', locale: 'es', name: 'Bienestar', slug: 'wellbeing' }
            : { documentId: 't1', locale: 'en', name: 'Wellbeing', slug: 'wellbeing' },
        ),
        listArticles: jest.fn(async () => page([summary()], { page: 2, pageCount: 2, total: 11 })),
      }),
    );

  it('lists tagged articles, page by page', async () => {
    const client = withTag();
    render(await TagPagedPage(params({ locale: 'en', slug: 'wellbeing', n: '2' })));
    expect(client.listArticles).toHaveBeenCalledWith({
      locale: 'en',
      page: 2,
      pageSize: 10,
      tag: 'wellbeing',
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tagged “Wellbeing” — page 2' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Newer articles/ })).toHaveAttribute('href', '/en/tag/wellbeing');
  });

  it("titles the Spanish page with the tag's Spanish name, keeping the shared slug in every link", async () => {
    const client = withTag();
    render(await TagPage(params({ locale: 'es', slug: 'wellbeing' })));
    expect(client.getTagBySlug).toHaveBeenCalledWith('es', 'wellbeing');
    expect(client.listArticles).toHaveBeenCalledWith(
      expect.objectContaining({ locale: 'es', tag: 'wellbeing' }),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Etiqueta «Bienestar»' })).toBeInTheDocument();
    expect(screen.queryByText(/Wellbeing/)).toBeNull();
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/tag/wellbeing');

    const meta = await tagMetadata(params({ locale: 'es', slug: 'wellbeing' }));
    expect(meta.title).toBe('Etiqueta «Bienestar»');
    expect(meta.alternates).toMatchObject({
      canonical: '/es/tag/wellbeing',
      languages: { en: '/en/tag/wellbeing', es: '/es/tag/wellbeing' },
    });
  });

  it('is a 404 for an unknown tag', async () => {
    use(fakeClient());
    await expect(TagPage(params({ locale: 'en', slug: 'unknown' }))).rejects.toMatchObject(NOT_FOUND);
  });
});
