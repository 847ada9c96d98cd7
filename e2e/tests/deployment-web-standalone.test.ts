import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmsGet, getHtml, waitForDemoContent } from '../support/cms-api';
import { WEB_PORT, webEnv } from '../support/config';
import { repoRoot, webDistDir } from '../support/paths';
import { startServer, waitFor, type ServerProcess } from '../support/server-process';
import { startStack, type Stack } from '../support/stack';

/**
 * The web Docker image's command, run without Docker: the folder docker/web-standalone.sh assembles
 * from Next's standalone output (as apps/web/Dockerfile does), started with `node start-standalone.mjs`
 * against a real CMS with demo content. It must behave like the site the other tests check — pages,
 * optimised images, the revalidation webhook, 503 when the CMS is down — and refuse a bad environment.
 */

const port = WEB_PORT + 6;
const origin = `http://127.0.0.1:${port}`;
let stack: Stack;
let folder: string;
let appDir: string;
let site: ServerProcess;

const standaloneEnv = (): Record<string, string> => ({
  ...webEnv(stack.secrets),
  NODE_ENV: 'production',
  PORT: String(port),
  WEB_HOST: '127.0.0.1',
});

/** Runs the launcher expecting it to stop by itself; fails if it is still running after 30 s. */
function launchUntilExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['start-standalone.mjs'], {
      cwd: appDir,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`start-standalone.mjs was still running after 30 s:\n${output.slice(-2000)}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const newestArticle = async () =>
  (
    await cmsGet<{ data: Array<{ title: string; slug: string; category: { slug: string } }> }>(
      stack.cmsUrl,
      '/api/articles?locale=en&sort=publishedAt:desc&pagination[pageSize]=1&fields[0]=title&fields[1]=slug&populate[category][fields][0]=slug',
    )
  ).data[0]!;

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);

  folder = mkdtempSync(join(tmpdir(), 'newsroom-web-image-'));
  const started = Date.now();
  execFileSync('sh', ['docker/web-standalone.sh', folder, webDistDir], { cwd: repoRoot, stdio: 'inherit' });
  const size = execFileSync('du', ['-sm', folder], { encoding: 'utf8' }).split('\t')[0];
  console.log(`web image folder: ${size} MB, assembled in ${Date.now() - started} ms`);
  appDir = join(folder, 'apps', 'web');

  site = startServer('web-standalone', process.execPath, ['start-standalone.mjs'], {
    cwd: appDir,
    env: standaloneEnv(),
  });
  await waitFor(
    'the standalone site to answer',
    async () => ((await fetch(`${origin}/en/status/not-found`)).ok ? true : undefined),
    {
      timeoutMs: 60_000,
      intervalMs: 250,
    },
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${site.tail()}`);
  });
});

afterAll(async () => {
  await site?.stop();
  await stack?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the assembled folder', () => {
  it('holds the built server, not the sources or the build tools', () => {
    expect(existsSync(join(appDir, 'server.mjs'))).toBe(true);
    expect(existsSync(join(appDir, webDistDir, 'BUILD_ID'))).toBe(true);
    for (const absent of [
      'next.config.ts',
      'app',
      'lib',
      'node_modules/typescript',
      '../../node_modules/typescript',
    ])
      expect(`${absent}: ${existsSync(join(appDir, absent))}`).toBe(`${absent}: false`);
  });
});

describe('the site served from it', () => {
  it('renders the home page and the newest article from the CMS', async () => {
    const article = await newestArticle();
    const home = await getHtml(`${origin}/en`);
    expect(home.status).toBe(200);
    expect(home.html).toContain(`/en/news/${article.slug}`);

    const page = await getHtml(`${origin}/en/news/${article.slug}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1');
    // Browser assets come from the same folder (.next/static is copied next to the server).
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(page.html)?.[1];
    expect(css).toBeDefined();
    expect((await fetch(`${origin}${css}`)).status).toBe(200);
  });

  it('optimises cover images from the CMS (sharp is in the traced files)', async () => {
    const { html } = await getHtml(`${origin}/en/news/${(await newestArticle()).slug}`);
    const src = /src="(\/_next\/image\?[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(src).toBeDefined();
    const image = await fetch(`${origin}${src}`, { headers: { accept: 'image/avif,image/webp,*/*' } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\/(avif|webp)$/);
  });

  it('accepts the CMS webhook with the shared secret and rejects it without', async () => {
    const post = (authorization?: string) =>
      fetch(`${origin}/api/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        // A payload Strapi really sent (recorded by packages/cms-client/scripts/record-webhooks.mjs).
        body: readFileSync(
          join(repoRoot, 'packages/cms-client/test/fixtures/webhooks/tag-update.json'),
          'utf8',
        ),
      });
    expect((await post()).status).toBe(401);
    expect((await post(`Bearer ${stack.secrets.revalidateSecret}`)).status).toBe(200);
  });

  it('answers 503 with the full branded page when the CMS is down', async () => {
    const { category } = await newestArticle();
    await stack.stopCms();
    // A page this server never rendered, so there is no cached copy to fall back on.
    const res = await fetch(`${origin}/es/category/${category.slug}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    const html = await res.text();
    expect(html).toMatch(/<h1[^>]*>/);
    expect(html).not.toContain('id="__next_error__"');
  });
});

describe('the launcher', () => {
  it('refuses to start with a placeholder secret, naming it', async () => {
    const { code, output } = await launchUntilExit({
      ...standaloneEnv(),
      PORT: String(port + 1),
      PREVIEW_SECRET: 'replace-me',
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/Invalid environment for the web app:\n\s+- PREVIEW_SECRET /);
  });

  it('refuses to start when CMS_MEDIA_URL is not the image host the build allows', async () => {
    const { code, output } = await launchUntilExit({
      ...standaloneEnv(),
      PORT: String(port + 1),
      CMS_MEDIA_URL: 'https://media.elsewhere.example',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('CMS_MEDIA_URL is https://media.elsewhere.example');
    expect(output).toContain('--build-arg CMS_MEDIA_URL=');
  });
});
