import { launchBrowser, screenshotPath, type Browser } from '../support/browser';
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
