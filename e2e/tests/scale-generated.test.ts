import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cmsGet, getHtml, waitForDemoContent } from '../support/cms-api';
import { CMS_PORT } from '../support/config';
import { repoRoot } from '../support/paths';
import { waitFor } from '../support/server-process';
import { startStack, type Stack } from '../support/stack';

/**
 * The scale benchmarks' generator and table script at small N (a smoke test, not timing): articles
 * written straight into Strapi's database must be real documents — listed, searchable, in the
 * sitemap, and editable in the admin, where an edit publishes and reaches the site.
 */
const run = promisify(execFile);
const GENERATED = 2000;
let stack: Stack;

const databaseArg = () =>
  stack.cmsEnv.DATABASE_CLIENT === 'sqlite'
    ? `sqlite:${stack.cmsEnv.DATABASE_FILENAME}`
    : `postgres://${stack.cmsEnv.DATABASE_USERNAME}@${stack.cmsEnv.DATABASE_HOST}:${stack.cmsEnv.DATABASE_PORT}/${stack.cmsEnv.DATABASE_NAME}`;

async function bench(script: string, args: string[]) {
  const started = Date.now();
  const { stdout } = await run(process.execPath, [join(repoRoot, 'bench', 'scale', script), ...args], {
    env: { ...process.env, ...stack.cmsEnv },
    maxBuffer: 16 * 1024 * 1024,
  });
  console.log(
    `${script}: ${((Date.now() - started) / 1000).toFixed(1)} s\n${stdout.trim().split('\n').slice(-24).join('\n')}`,
  );
  return stdout;
}

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
  await stack.stopCms();
  await bench('generate.mjs', [`--database=${databaseArg()}`, `--articles=${GENERATED}`, '--body-words=120']);
  await stack.startCms();
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

const generatedSlug = /-en-\d+$/;

test('generated articles are published documents: counted, listed, searchable and in the sitemap', async () => {
  const en = await cmsGet(stack.cmsUrl, '/api/articles?locale=en&fields[0]=slug&pagination[pageSize]=1');
  const es = await cmsGet(stack.cmsUrl, '/api/articles?locale=es&fields[0]=slug&pagination[pageSize]=1');
  expect(en.meta.pagination.total + es.meta.pagination.total).toBeGreaterThanOrEqual(GENERATED);

  const newest = await cmsGet(
    stack.cmsUrl,
    '/api/articles?locale=en&fields[0]=slug&sort[0]=firstPublishedAt:desc&pagination[pageSize]=5&populate[category][fields][0]=slug&populate[cover][fields][0]=url',
  );
  const generated = newest.data.find((a: { slug: string }) => generatedSlug.test(a.slug));
  expect(generated).toBeDefined();
  expect(generated.category?.slug).toEqual(expect.any(String));
  expect(generated.cover?.url).toEqual(expect.any(String));

  // The search index was built for them on start.
  const search = await cmsGet(stack.cmsUrl, '/api/search?q=sleep&locale=en&fields[0]=slug');
  expect(search.meta.pagination.total).toBeGreaterThan(10);

  const months = await cmsGet(stack.cmsUrl, '/api/sitemap/months');
  const inSitemap = months.data.reduce((sum: number, m: { count: number }) => sum + m.count, 0);
  expect(inSitemap).toBe(en.meta.pagination.total + es.meta.pagination.total);
  const index = await getHtml(`${stack.siteUrl}/sitemap.xml`);
  expect(index.status).toBe(200);
  expect(index.html.match(/<sitemap>/g)!.length).toBeGreaterThan(20);
});

test('an editor opens a generated article in the admin, edits and publishes it, and the site shows it', async () => {
  const login = await fetch(`${stack.cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: stack.secrets.adminEmail, password: stack.secrets.adminPassword }),
  });
  expect(login.status).toBe(200);
  const admin = {
    Authorization: `Bearer ${(await login.json()).data.token}`,
    'Content-Type': 'application/json',
  };
  const manager = `${stack.cmsUrl}/content-manager/collection-types/api::article.article`;

  // The admin's list view, then the edit view of one generated article.
  const list = await fetch(`${manager}?page=1&pageSize=10&sort=title:ASC&locale=en`, { headers: admin });
  expect(list.status).toBe(200);
  const listed = (await list.json()).results as Array<{ documentId: string; slug: string }>;
  const target = listed.find((a) => generatedSlug.test(a.slug))!;
  expect(target).toBeDefined();
  const opened = await fetch(`${manager}/${target.documentId}?locale=en`, { headers: admin });
  expect(opened.status).toBe(200);
  const form = (await opened.json()).data;
  expect(form.body.length).toBeGreaterThan(0);

  const title = `Edited generated article ${Date.now()}`;
  const published = await fetch(`${manager}/${target.documentId}/actions/publish?locale=en`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ title }),
  });
  expect(published.status).toBe(200);

  const started = Date.now();
  await waitFor(
    'the edited title on the article page',
    async () =>
      (await getHtml(`${stack.siteUrl}/en/news/${target.slug}`)).html.includes(title) ? true : undefined,
    { timeoutMs: 15_000, intervalMs: 200 },
  );
  console.log(`edit → visible on the article page: ${Date.now() - started} ms`);
  const found = await cmsGet(
    stack.cmsUrl,
    `/api/search?q=${encodeURIComponent(title)}&locale=en&fields[0]=title`,
  );
  expect(found.data[0].title).toBe(title);
});

test('the table script runs against the generated database', async () => {
  await stack.stopCms();
  try {
    const table = await bench('measure.mjs', [
      `--database=${databaseArg()}`,
      '--requests=2',
      `--port=${CMS_PORT}`,
    ]);
    expect(table).toContain('| home listing, p50 / p99 |');
    expect(table).toContain('| search "sleep", p50 / p99 |');
  } finally {
    await stack.startCms();
  }
  // Two Strapi starts (the first builds the search index) and a TypeScript compile, on a busy machine.
}, 600_000);
