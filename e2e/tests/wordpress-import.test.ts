import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser, screenshotPath, type Browser } from '../support/browser';
import { waitForDemoContent } from '../support/cms-api';
import { cmsDir, repoRoot } from '../support/paths';
import { waitFor } from '../support/server-process';
import { startStack, type Stack } from '../support/stack';

/**
 * Issue 11 end to end: `npm run import:wordpress` against a running CMS (SQLite, so the importer and
 * Strapi write the same file), then the site shows the imported article with its headings and table
 * of contents, and the post's old WordPress permalink answers 308 to it.
 */
const run = promisify(execFile);
const FIXTURE = join(cmsDir, 'tests', 'wordpress-import', 'fixtures', 'gutenberg.xml');
const SLUG = 'sleep-and-recovery';
const OLD_PERMALINK = '/2024/04/02/sleep-and-recovery/';

describe('moving from WordPress', () => {
  let stack: Stack;
  let browser: Browser;
  let mediaDir: string;

  const importExport = async (...extra: string[]) => {
    const started = Date.now();
    const { stdout } = await run(
      'npm',
      ['run', '--silent', 'import:wordpress', '--', FIXTURE, '--media-dir', mediaDir, ...extra],
      {
        cwd: repoRoot,
        env: { ...process.env, ...stack.cmsEnv },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 170_000,
      },
    );
    console.log(`[e2e] import took ${((Date.now() - started) / 1000).toFixed(1)} s\n${stdout}`);
    return stdout;
  };

  beforeAll(async () => {
    stack = await startStack();
    await waitForDemoContent(stack.cmsUrl);
    mediaDir = mkdtempSync(join(tmpdir(), 'wp-uploads-e2e-'));
    mkdirSync(join(mediaDir, '2024'), { recursive: true });
    browser = await launchBrowser({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
  });

  test('imports while the CMS runs; the article and its old permalink work on the site', async () => {
    const report = await importExport();
    expect(report).toMatch(/^posts\s+1\s+0\s+0\s+0\s+0$/m);

    const started = Date.now();
    const article = `${stack.siteUrl}/en/news/${SLUG}`;
    await waitFor(
      'the imported article on the site',
      async () => ((await fetch(article)).status === 200 ? true : undefined),
      {
        timeoutMs: 30_000,
        intervalMs: 250,
      },
    );
    console.log(`[e2e] article visible ${Date.now() - started} ms after the import ended`);

    const old = await waitFor(
      'the old permalink to redirect',
      async () => {
        const res = await fetch(`${stack.siteUrl}${OLD_PERMALINK}?utm_source=newsletter`, {
          redirect: 'manual',
        });
        // Until the site's table has the rule, Next itself answers 308 to the path without its slash.
        return res.status === 308 && res.headers.get('location') === `/en/news/${SLUG}` ? res : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    console.log(`[e2e] old permalink redirecting ${Date.now() - started} ms after the import ended`);
    expect(old.headers.get('location')).toBe(`/en/news/${SLUG}`);
    const noSlash = await fetch(`${stack.siteUrl}${OLD_PERMALINK.slice(0, -1)}`, { redirect: 'manual' });
    expect([noSlash.status, noSlash.headers.get('location')]).toEqual([308, `/en/news/${SLUG}`]);
    const plain = await fetch(`${stack.siteUrl}/?p=110`, { redirect: 'manual' });
    expect([plain.status, plain.headers.get('location')]).toEqual([308, `/en/news/${SLUG}`]);

    const page = await browser.context.newPage();
    try {
      await page.goto(`${stack.siteUrl}${OLD_PERMALINK}`);
      expect(new URL(page.url()).pathname).toBe(`/en/news/${SLUG}`);
      await expect(page.locator('h1').first().textContent()).resolves.toBe(
        'Sleep and recovery: what the research says',
      );
      const sections = await page.locator('article h2').allTextContents();
      expect(sections).toEqual(
        expect.arrayContaining(['What happens at night', 'Small changes that help', 'When to ask for help']),
      );
      const toc = await page.locator('#toc a').allTextContents();
      expect(toc).toEqual(
        expect.arrayContaining(['What happens at night', 'Stages of sleep', 'When to ask for help']),
      );
      await page.screenshot({ path: screenshotPath('wordpress-import-article'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  test('running the same import again creates nothing', async () => {
    const report = await importExport();
    expect(report).toMatch(/^posts\s+0\s+0\s+1\s+0\s+0$/m);
    expect(report).toMatch(/^redirects\s+0\s/m);
  });
});
