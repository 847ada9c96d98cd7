import { launchBrowser, loadAllImages, screenshotPath, type Browser } from '../support/browser';
import { waitForDemoContent } from '../support/cms-api';
import { startStack, type Stack } from '../support/stack';

/** The article page in a real browser: content, back-to-top, and the locale switcher leading to the translation. */
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
  browser = await launchBrowser({ width: 390, height: 844 });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

test('a reader opens the newest article from home, jumps back to top and switches to Spanish', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${stack.siteUrl}/en`);
  const firstStory = page.locator('main a[href^="/en/news/"]').first();
  const href = await firstStory.getAttribute('href');
  await firstStory.click();
  await page.waitForURL(`**${href}`);
  await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
  await page.screenshot({ path: screenshotPath('article-390'), fullPage: false });

  await page.locator('a[href="#top"]').last().click();
  await page.waitForFunction(() => window.scrollY < 50);

  // To the translation, or — for an article only in English — through the note that says so, to the
  // Spanish home page (no JavaScript either way).
  const languages = page.getByRole('navigation', { name: 'Language' });
  const untranslated = languages.locator('details');
  if ((await untranslated.count()) > 0) {
    await untranslated.locator('summary').click();
    await expect(untranslated.textContent()).resolves.toContain('Este artículo solo está en inglés');
    await untranslated.getByRole('link', { name: 'Ir a la portada en español' }).click();
    await page.waitForURL(/\/es$/);
  } else {
    await languages.locator('a[hreflang="es"]').click();
    await page.waitForURL(/\/es\/news\//);
  }
  expect(await page.locator('html').getAttribute('lang')).toBe('es');
  await page.close();
});

/**
 * Every page type at phone and desktop width, in the light and dark colour schemes and printed:
 * screenshots for people to look at (artifacts/e2e/screenshots/appearance-*), and the layout promises
 * checked — the phone header leaves the headline in the first screen, print hides the search and the
 * table of contents and prints link addresses.
 */
test('every page type in light, dark and print at 390 and 1280 px', async () => {
  const html = await (await fetch(`${stack.siteUrl}/en`)).text();
  const first = (prefix: string) => new RegExp(`href="(/en/${prefix}/[^"#?]+)"`).exec(html)?.[1];
  const article = first('news')!;
  const articleHtml = await (await fetch(`${stack.siteUrl}${article}`)).text();
  const pages: Record<string, string> = {
    home: '/en',
    article,
    category: first('category')!,
    author: /href="(\/en\/author\/[^"#?]+)"/.exec(articleHtml)?.[1] ?? first('author')!,
    tag: /href="(\/en\/tag\/[^"#?]+)"/.exec(articleHtml)?.[1] ?? '/en',
    search: '/en/search?q=recovery',
    'not-found': '/en/news/no-such-article-here',
  };
  const started = Date.now();
  for (const width of [390, 1280]) {
    const shots = await launchBrowser({ width, height: width === 390 ? 844 : 900 });
    try {
      for (const [name, path] of Object.entries(pages)) {
        for (const mode of ['light', 'dark', 'print'] as const) {
          const page = await shots.context.newPage();
          await page.emulateMedia(
            mode === 'print'
              ? { media: 'print', colorScheme: 'light' }
              : { media: 'screen', colorScheme: mode },
          );
          await page.goto(`${stack.siteUrl}${path}`, { waitUntil: 'load' });
          if (mode === 'print') await loadAllImages(page);
          await page.screenshot({
            path: screenshotPath(`appearance-${name}-${width}-${mode}`),
            fullPage: mode === 'print',
          });

          if (name === 'article' && width === 390 && mode !== 'print') {
            // The compact header: the headline ends inside the first screen.
            const box = await page.locator('h1').first().boundingBox();
            expect(box!.y + box!.height).toBeLessThan(844);
          }
          if (name === 'article' && mode === 'print') {
            expect(await page.locator('#site-search').isVisible()).toBe(false);
            expect(await page.locator('.toc').isVisible()).toBe(false);
            const after = await page
              .locator('.prose a[href]')
              .first()
              .evaluate((a) => ({
                content: getComputedStyle(a, '::after').content,
                href: a.getAttribute('href'),
              }))
              .catch(() => null);
            if (after) expect(after.content).toContain(after.href!);
          }
          await page.close();
        }
      }
    } finally {
      await shots.close();
    }
  }
  console.log(
    `appearance screenshots (${Object.keys(pages).length} pages × 2 widths × 3 modes) in ${Date.now() - started} ms`,
  );
});
