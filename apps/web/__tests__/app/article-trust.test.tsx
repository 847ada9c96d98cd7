import { render, screen, within } from '@testing-library/react';
import ArticlePage, { generateMetadata } from '@/app/[locale]/news/[slug]/page';
import { cms } from '@/lib/cms';
import { article, fakeClient } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn(), isPreview: jest.fn(async () => false) }));
const mockedCms = cms as jest.MockedFunction<typeof cms>;
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) }) as never;

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

async function renderArticle(locale: 'en' | 'es', overrides: Parameters<typeof article>[0]) {
  const a = article({ locale, ...overrides });
  mockedCms.mockResolvedValue(fakeClient({ getArticleBySlug: jest.fn(async () => a) }) as never);
  render(await ArticlePage(params({ locale, slug: a.slug })));
  return screen.getByRole('article');
}

function jsonLdOf(container: HTMLElement) {
  return [...container.ownerDocument.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? '{}'),
  );
}

describe('article page: review line and "Updated on"', () => {
  it('shows "Reviewed by <name>, <credentials> on <date>" linking to the reviewer', async () => {
    const story = await renderArticle('en', { review: REVIEW });
    const line = within(story)
      .getByText(/Reviewed by/)
      .closest('p') as HTMLElement;
    expect(line).toHaveTextContent('Reviewed by Dr Lena Ortiz, Consultant Psychiatrist on 1 October 2026');
    expect(within(line).getByRole('link', { name: 'Dr Lena Ortiz' })).toHaveAttribute(
      'href',
      '/en/author/lena-ortiz',
    );
    expect(within(line).getByText('1 October 2026')).toHaveAttribute('dateTime', '2026-10-01');
  });

  it('in Spanish: "Revisado por … el …"', async () => {
    const story = await renderArticle('es', { review: REVIEW });
    expect(
      within(story)
        .getByText(/Revisado por/)
        .closest('p'),
    ).toHaveTextContent('Revisado por Dr Lena Ortiz, Consultant Psychiatrist el 1 de octubre de 2026');
  });

  it('shows "Updated on <date>" beside the first-published date after a material update', async () => {
    const story = await renderArticle('en', { materiallyUpdatedAt: '2026-05-01T08:00:00.000Z' });
    const meta = story.querySelector('.article-meta') as HTMLElement;
    expect(meta).toHaveTextContent('3 March 2026');
    expect(within(meta).getByText(/Updated on/)).toHaveTextContent('Updated on 1 May 2026');
    expect(within(meta).getByText('1 May 2026')).toHaveAttribute('dateTime', '2026-05-01T08:00:00.000Z');
    const [articleLd] = jsonLdOf(story);
    expect(articleLd.dateModified).toBe('2026-05-01T08:00:00.000Z');
  });

  it('without a review or a material update: no review line, no "Updated on", dateModified = published', async () => {
    const story = await renderArticle('en', {});
    expect(within(story).queryByText(/Reviewed by/)).toBeNull();
    expect(within(story).queryByText(/Updated on/)).toBeNull();
    const [articleLd] = jsonLdOf(story);
    expect(articleLd.dateModified).toBe('2026-03-03T09:30:00.000Z');
    expect(articleLd.mainEntityOfPage['@type']).toBe('WebPage');
  });

  it('the page of a reviewed article carries MedicalWebPage JSON-LD; Open Graph modifiedTime follows the update', async () => {
    const story = await renderArticle('en', {
      review: REVIEW,
      materiallyUpdatedAt: '2026-05-01T08:00:00.000Z',
    });
    const [articleLd] = jsonLdOf(story);
    expect(articleLd['@type']).toBe('NewsArticle');
    expect(articleLd.mainEntityOfPage).toMatchObject({
      '@type': ['WebPage', 'MedicalWebPage'],
      lastReviewed: '2026-10-01',
      reviewedBy: { name: 'Dr Lena Ortiz' },
    });
    const metadata = await generateMetadata(params({ locale: 'en', slug: 'walking-groups-return' }));
    expect((metadata.openGraph as { modifiedTime?: string }).modifiedTime).toBe('2026-05-01T08:00:00.000Z');
  });
});
