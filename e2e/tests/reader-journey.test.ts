import type { Page } from 'playwright-core';
import { launchBrowser, loadAllImages, screenshotPath, type Browser } from '../support/browser';
import { waitForDemoContent } from '../support/cms-api';
import { focused, scrollSettled, tabTo, type Focused } from '../support/keyboard';
import { startStack, type Stack } from '../support/stack';

/**
 * Issue 5, flow 4: a reader who uses only the keyboard (Tab, Enter, typing; no clicks) goes from the
 * home page to page 2, a section, an article, back to the top and a search, on a phone-sized and a
 * desktop-sized screen. Each page type is saved as a screenshot at both widths.
 */
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Every stop on the way must show where the focus is. */
function expectVisibleFocus(element: Focused) {
  expect({ href: element.href, ringVisible: element.ringVisible }).toEqual({
    href: element.href,
    ringVisible: true,
  });
}

async function follow(page: Page, element: Focused, url: string | RegExp) {
  expectVisibleFocus(element);
  await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
}

test.each([
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
])(
  'a keyboard-only reader at $width px: home → page 2 → section → article → top → search',
  async (viewport) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    // Each page type, whole, with its images; a broken image or a page wider than the screen fails here.
    const shot = async (kind: string) => {
      expect(await loadAllImages(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.screenshot({ path: screenshotPath(`reader-${kind}-${viewport.width}`), fullPage: true });
      expect({ page: kind, overflowPx: overflow }).toEqual({ page: kind, overflowPx: 0 });
    };

    // Home: the first Tab reaches the skip link, which moves focus into the main content.
    await page.goto(`${stack.siteUrl}/en`);
    await page.getByRole('main').getByRole('link').first().waitFor();
    await shot('home');
    const skip = await tabTo(page, 'the skip link', (el) => el.href === '#main-content', { maxPresses: 1 });
    expect(skip.text).toBe('Skip to main content');
    expectVisibleFocus(skip);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main-content');

    // Page 2, by the pagination's "Older articles" link.
    const older = await tabTo(page, 'the next-page link', (el) => el.rel === 'next');
    expect(older.href).toBe('/en/page/2');
    await follow(page, older, '**/en/page/2');
    await page.locator('a[aria-current="page"][href="/en/page/2"]').waitFor();
    await shot('listing-page-2');

    // A section, from the main navigation or a story's section link, whichever comes first.
    const section = await tabTo(
      page,
      'a section link',
      (el) => el.href?.startsWith('/en/category/') ?? false,
    );
    await follow(page, section, `**${section.href}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot('category');

    // An article from the section's list: skip the header first, as a keyboard user would.
    await tabTo(page, 'the skip link', (el) => el.href === '#main-content');
    await page.keyboard.press('Enter');
    const story = await tabTo(
      page,
      'a story in the section',
      (el) => el.href?.startsWith('/en/news/') ?? false,
    );
    await follow(page, story, `**${story.href}`);
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    expect((await title.textContent())?.trim()).toBe(story.text);
    await shot('article');

    // Back to top, from the end of the article.
    const backToTop = await tabTo(page, 'the back-to-top link', (el) => el.href === '#top');
    expect(backToTop.text).toContain('Back to top');
    // Focus brings the link into view, far down the page; let the smooth scroll finish before Enter.
    await scrollSettled(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expectVisibleFocus(backToTop);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY < 50);

    // Search, from the header: type the words, Enter. At 390 px the compact header has a link to the
    // search page instead of the form (hidden elements are not focusable): follow it, then the field.
    let field = await tabTo(
      page,
      'the header search field or link',
      (el) => el.id === 'site-search' || el.href === '/en/search',
    );
    if (field.href === '/en/search') {
      expect(viewport.width).toBe(390);
      await follow(page, field, '**/en/search');
      field = await tabTo(page, 'the search field', (el) => el.id === 'search-page-query');
    } else {
      expect(viewport.width).toBe(1280);
    }
    expectVisibleFocus(field);
    await page.keyboard.type('peer support');
    await Promise.all([page.waitForURL(/\/en\/search\?q=peer\+support/), page.keyboard.press('Enter')]);
    const results = page.getByRole('main').locator('a[href^="/en/news/"]');
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThan(0);
    await shot('search');
    await page.close();
  },
);
