import {
  cmsGet,
  cmsWrite,
  createWriteToken,
  publishArticle,
  waitForDemoContent,
  type PublishedArticle,
} from '../support/cms-api';
import { startStack, type DatabaseClient, type Stack } from '../support/stack';

/**
 * Issue 5: restarting Strapi loses nothing that was published, on SQLite and on PostgreSQL. What the
 * public API serves (counts per type and language, the newest articles, one article in full with its
 * translation, cover and relations) and the uploaded cover file are compared before and after
 * stopping and starting Strapi on the same database and uploads folder.
 */
const LOCALES = ['en', 'es'] as const;

describe.each<DatabaseClient>(['sqlite', 'postgres'])('Strapi on %s', (database) => {
  let stack: Stack;
  let token: string;
  let article: PublishedArticle;

  beforeAll(async () => {
    stack = await startStack({ database });
    await waitForDemoContent(stack.cmsUrl);
    token = await createWriteToken(
      stack.cmsUrl,
      stack.secrets.superAdminEmail,
      stack.secrets.superAdminPassword,
    );
    // Published during this run, not by the seed: a restart must keep editors' work, not just re-seed.
    const stamp = Date.now().toString(36);
    article = await publishArticle(stack.cmsUrl, token, {
      title: `Quiet room now open all day ${stamp}`,
      slug: `quiet-room-open-all-day-${stamp}`,
      excerpt: 'The first-floor quiet room no longer closes at lunchtime.',
      heading: 'Why it matters',
      paragraph: 'Some people need a calm space before or after a hard conversation.',
      cover: 'cover-hills-mist.jpg',
      categorySlug: 'services',
      authorSlug: 'tomas-ferreira',
    });
    await cmsWrite(stack.cmsUrl, token, 'PUT', `/api/articles/${article.documentId}?locale=es`, {
      data: {
        title: `La sala tranquila abre todo el día ${stamp}`,
        slug: `sala-tranquila-abre-todo-el-dia-${stamp}`,
        excerpt: 'La sala tranquila de la primera planta ya no cierra a mediodía.',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Un espacio en calma, todo el día.' }] },
        ],
      },
    });
  });
  afterAll(async () => stack?.stop());

  /** Everything a reader or a frontend could notice missing, in a form that compares with toEqual. */
  async function publishedState() {
    const total = async (path: string, auth?: string) =>
      (await cmsGet<{ meta: { pagination: { total: number } } }>(stack.cmsUrl, path, auth)).meta.pagination
        .total;
    const counts: Record<string, number> = {
      authors: await total('/api/authors?pagination[pageSize]=1'),
      tags: await total('/api/tags?pagination[pageSize]=1'),
    };
    const newest: Record<string, unknown> = {};
    for (const locale of LOCALES) {
      counts[`articles:${locale}`] = await total(`/api/articles?locale=${locale}&pagination[pageSize]=1`);
      counts[`categories:${locale}`] = await total(`/api/categories?locale=${locale}&pagination[pageSize]=1`);
      counts[`drafts:${locale}`] = await total(
        `/api/articles?locale=${locale}&status=draft&pagination[pageSize]=1`,
        token,
      );
      newest[locale] = (
        await cmsGet<{ data: unknown[] }>(
          stack.cmsUrl,
          `/api/articles?locale=${locale}&sort[0]=publishedAt:desc&pagination[pageSize]=10` +
            '&fields[0]=documentId&fields[1]=slug&fields[2]=title&fields[3]=publishedAt',
        )
      ).data;
    }
    const [full] = (
      await cmsGet<{ data: Array<{ cover: { url: string } }> }>(
        stack.cmsUrl,
        `/api/articles?locale=en&filters[documentId][$eq]=${article.documentId}` +
          '&populate[cover][fields][0]=url&populate[cover][fields][1]=width&populate[cover][fields][2]=height' +
          '&populate[category][fields][0]=slug&populate[author][fields][0]=slug' +
          '&populate[localizations][fields][0]=slug&populate[localizations][fields][1]=title' +
          '&populate[localizations][fields][2]=body&populate[localizations][fields][3]=publishedAt' +
          '&populate[localizations][fields][4]=locale',
      )
    ).data;
    const cover = await fetch(`${stack.cmsUrl}${full!.cover.url}`);
    const coverBytes = cover.ok ? (await cover.arrayBuffer()).byteLength : `HTTP ${cover.status}`;
    return { counts, newest, article: full, coverBytes };
  }

  test('a restart loses nothing that was published', async () => {
    const before = await publishedState();
    expect(before.article).toMatchObject({ slug: article.slug, title: article.title });
    expect(before.article).toHaveProperty('localizations', [expect.objectContaining({ locale: 'es' })]);
    expect(typeof before.coverBytes).toBe('number');

    await stack.stopCms();
    await expect(fetch(`${stack.cmsUrl}/_health`)).rejects.toThrow();
    await stack.startCms();
    await waitForDemoContent(stack.cmsUrl);

    // The API token made before the restart still works: it was stored, not held in memory.
    expect(await publishedState()).toEqual(before);
  });
});
