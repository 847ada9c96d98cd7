import { waitFor } from './server-process';

/** Direct REST calls to Strapi, for setting up and checking expectations (the site itself uses cms-client). */
export async function cmsGet<T = any>(cmsUrl: string, path: string, token?: string): Promise<T> {
  const res = await fetch(`${cmsUrl}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Logs into the admin with the local editor account and creates a full-access API token for writes. */
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
