import { cacheTags, createCmsClient, tagsForWebhook } from '../src/index';
import { fakeFetch, json } from './fake-fetch';
import { fixture } from './load-fixture';

const BASE = 'http://cms.test:1337';

function clientWith(respond: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(respond);
  const client = createCmsClient({ baseUrl: BASE, mediaBaseUrl: 'https://media.test', fetch: fake.fetch });
  return { client, calls: fake.calls };
}

/** The recorded article's slug: the page asks for it (a lookup by slug, then the document). */
const SLUG = fixture('article.en').data[0].slug as string;

/** The recorded English article, with review and update fields set as the CMS sends them. */
function articleWith(fields: Record<string, unknown>) {
  const raw = fixture('article.en');
  return { ...raw, data: [{ ...raw.data[0], ...fields }] };
}

describe('medical review and material updates on the article page', () => {
  it('asks for the reviewer with credentials and the review dates, on the article page only', async () => {
    const { client, calls } = clientWith(() => json(articleWith({})));
    await client.getArticleBySlug('en', SLUG);
    const page = calls[calls.length - 1]!.decoded;
    expect(page).toContain('populate[reviewedBy][fields][2]=credentials');
    expect(page).toContain('fields[9]=lastReviewedAt');
    expect(page).toContain('materiallyUpdatedAt');
  });

  it('maps the reviewer, dates and a material update made after the first publication', async () => {
    const first = fixture('article.en').data[0].firstPublishedAt as string;
    const later = new Date(Date.parse(first) + 86_400_000).toISOString();
    const { client } = clientWith(() =>
      json(
        articleWith({
          reviewedBy: {
            id: 3,
            documentId: 'rev1',
            name: 'Dr Lena Ortiz',
            slug: 'lena-ortiz',
            credentials: ' Consultant Psychiatrist ',
          },
          lastReviewedAt: '2026-10-01',
          nextReviewDue: '2027-04-01',
          materiallyUpdatedAt: later,
        }),
      ),
    );
    const article = await client.getArticleBySlug('en', SLUG);
    expect(article?.review).toEqual({
      reviewer: {
        documentId: 'rev1',
        name: 'Dr Lena Ortiz',
        slug: 'lena-ortiz',
        credentials: 'Consultant Psychiatrist',
      },
      lastReviewedAt: '2026-10-01',
      nextReviewDue: '2027-04-01',
    });
    expect(article?.materiallyUpdatedAt).toBe(later);
  });

  it.each([
    ['no reviewer, no update', {}],
    ['an update dated before the first publication', { materiallyUpdatedAt: '2000-01-01T00:00:00.000Z' }],
    ['an unreadable update date', { materiallyUpdatedAt: 'soon' }],
  ])('shows nothing for %s', async (_label, fields) => {
    const { client } = clientWith(() => json(articleWith(fields)));
    const article = await client.getArticleBySlug('en', SLUG);
    expect(article?.review).toBeNull();
    expect(article?.materiallyUpdatedAt).toBeNull();
  });

  it.each([
    ['a review date that is not a date', { lastReviewedAt: 'last week', reviewedBy: null }],
    ['a reviewer without a slug', { reviewedBy: { documentId: 'r', name: 'X', slug: '' } }],
  ])('rejects %s from the CMS (validated, not cast)', async (_label, fields) => {
    const { client } = clientWith(() => json(articleWith(fields)));
    await expect(client.getArticleBySlug('en', SLUG)).rejects.toThrow(/reviewedBy|lastReviewedAt/);
  });
});

describe('getHelpBanner', () => {
  const banner = (fields: Record<string, unknown>) => ({
    data: {
      id: 1,
      documentId: 'b1',
      locale: 'es',
      message: 'Llama ahora',
      phoneNumber: '+34 000 000 000',
      ...fields,
    },
    meta: {},
  });

  it('asks for the published banner of the locale, tagged help-banner', async () => {
    const { client, calls } = clientWith(() => json(banner({})));
    const result = await client.getHelpBanner('es');
    expect(calls[0]!.decoded).toMatch(/^\/api\/help-banner\?fields\[0\]=message.*locale=es/);
    expect(calls[0]!.init.next?.tags).toEqual([cacheTags.all, cacheTags.helpBanner]);
    expect(result).toEqual({
      locale: 'es',
      message: 'Llama ahora',
      phoneNumber: '+34 000 000 000',
      phoneHref: 'tel:+34000000000',
      link: null,
    });
  });

  it('is null when none is published (404) or the message is empty', async () => {
    expect(
      await clientWith(() => json({ data: null, error: { status: 404 } }, 404)).client.getHelpBanner('en'),
    ).toBeNull();
    expect(await clientWith(() => json(banner({ message: '  ' }))).client.getHelpBanner('es')).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null],
    ['https://example.org/help', { url: 'https://example.org/help', text: 'More help' }],
  ])('keeps only http(s) links: %s', async (linkUrl, expected) => {
    const { client } = clientWith(() => json(banner({ linkUrl, linkText: 'More help' })));
    expect((await client.getHelpBanner('es'))?.link).toEqual(expected);
  });

  it('throws when the CMS is down (the page keeps its last good version)', async () => {
    const { client } = clientWith(() => json({}, 503));
    await expect(client.getHelpBanner('en')).rejects.toThrow(/503/);
  });

  it('a publish of the banner revalidates the help-banner tag only', () => {
    expect(
      tagsForWebhook({
        event: 'entry.publish',
        model: 'help-banner',
        uid: 'api::help-banner.help-banner',
        entry: { documentId: 'b1', locale: 'es', message: 'x' },
      }),
    ).toEqual(['help-banner']);
  });
});
