import { waitFor } from './server-process';

/** Direct REST calls to Strapi, for setting up and checking expectations (the site itself uses cms-client). */
export async function cmsGet<T = any>(cmsUrl: string, path: string, token?: string): Promise<T> {
  const res = await fetch(`${cmsUrl}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Logs into the admin as the administrator (editors cannot make API tokens) and creates a full-access token for writes. */
export async function createWriteToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  const { data } = (await login.json()) as { data: { token: string } };
  const created = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${data.token}` },
    body: JSON.stringify({
      name: `e2e-${Date.now()}`,
      type: 'full-access',
      lifespan: null,
      description: 'e2e writes',
    }),
  });
  if (!created.ok) throw new Error(`creating an API token failed: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { data: { accessKey: string } }).data.accessKey;
}

/** Demo content is seeded in the background of Strapi's bootstrap; wait until it is all there. */
export async function waitForDemoContent(cmsUrl: string, minimumArticles = 24): Promise<void> {
  await waitFor(
    `${minimumArticles} published articles`,
    async () => {
      const body = await cmsGet<{ meta: { pagination: { total: number } } }>(
        cmsUrl,
        '/api/articles?locale=en&pagination[pageSize]=1',
      );
      return body.meta.pagination.total >= minimumArticles ? true : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 500 },
  );
}

export async function getHtml(url: string): Promise<{ status: number; html: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, html: await res.text() };
}

/** Writes through the REST API with a full-access token (test set-up, never the behaviour under test). */
export async function cmsWrite<T = any>(
  cmsUrl: string,
  token: string,
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export interface NewArticle {
  title: string;
  slug: string;
  excerpt: string;
  heading: string;
  paragraph: string;
  /** File name of an image in the media library. */
  cover: string;
  categorySlug: string;
  authorSlug: string;
}

export interface PublishedArticle {
  documentId: string;
  slug: string;
  title: string;
}

/**
 * Creates and publishes an English article (Strapi 5's REST create publishes unless asked for a draft),
 * or with `{ draft: true }` creates it as a draft only.
 */
export async function publishArticle(
  cmsUrl: string,
  token: string,
  article: NewArticle,
  { draft = false } = {},
): Promise<PublishedArticle> {
  const find = async (path: string) => {
    const { data } = await cmsGet<{ data: Array<{ id: number; documentId: string }> }>(cmsUrl, path, token);
    if (!data[0]) throw new Error(`nothing found at ${path}`);
    return data[0];
  };
  const [cover, category, author] = await Promise.all([
    cmsGet<Array<{ id: number }>>(
      cmsUrl,
      `/api/upload/files?filters[name][$eq]=${encodeURIComponent(article.cover)}`,
      token,
    ),
    find(`/api/categories?locale=en&filters[slug][$eq]=${article.categorySlug}`),
    find(`/api/authors?filters[slug][$eq]=${article.authorSlug}`),
  ]);
  if (!cover[0]) throw new Error(`no media named ${article.cover}`);
  const { data } = await cmsWrite<{ data: PublishedArticle & { publishedAt: string | null } }>(
    cmsUrl,
    token,
    'POST',
    `/api/articles?locale=en${draft ? '&status=draft' : ''}`,
    {
      data: {
        title: article.title,
        slug: article.slug,
        excerpt: article.excerpt,
        body: [
          { type: 'heading', level: 2, children: [{ type: 'text', text: article.heading }] },
          { type: 'paragraph', children: [{ type: 'text', text: article.paragraph }] },
        ],
        cover: cover[0].id,
        category: category.documentId,
        author: author.documentId,
      },
    },
  );
  if (!draft && !data.publishedAt) throw new Error(`article ${article.slug} was created as a draft`);
  return { documentId: data.documentId, slug: data.slug, title: data.title };
}
