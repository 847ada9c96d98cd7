import {
  fillInFromLocale,
  fillTextFields,
  logIntoAdmin,
  openArticle,
  openArticleList,
  publish,
  rewriteBody,
  switchLocale,
  unpublish,
} from '../support/admin-ui';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshotPath, type Browser } from '../support/browser';
import {
  cmsGet,
  createWriteToken,
  getHtml,
  publishArticle,
  waitForDemoContent,
  type NewArticle,
  type PublishedArticle,
} from '../support/cms-api';
import { startStack, type Stack } from '../support/stack';
import { linksTo, msUntilVisible, untilPagesShow } from '../support/visibility';

/**
 * Issue 5, flows 2 and 3: on a published English article, the editor adds the Spanish translation in
 * the admin (the site's language switcher then leads to it), and later unpublishes the English
 * version (its page becomes a 404 and it leaves the listings and the feed; the time is printed, the
 * 2-second goal is a bench figure, not an assertion that a busy machine could fail).
 * The article is set up through the REST API; everything the editor does goes through the admin.
 */
let stack: Stack;
let browser: Browser;
/** One admin tab for the file: the editor logs in once. */
let admin: Page;
let article: PublishedArticle;
const stamp = Date.now().toString(36);
const english: NewArticle = {
  title: `Family evenings return to the Harbour Lane centre ${stamp}`,
  slug: `family-evenings-return-${stamp}`,
  excerpt: 'Relatives of people in recovery meet again on the first Tuesday of every month.',
  heading: 'Who can come',
  paragraph: 'Partners, parents, grown-up children and close friends are all welcome.',
  cover: 'cover-window-mist.jpg',
  categorySlug: 'community',
  authorSlug: 'owen-hartley',
};
const spanish = {
  title: `Vuelven las tardes para familias al centro de Harbour Lane ${stamp}`,
  slug: `vuelven-las-tardes-para-familias-${stamp}`,
  excerpt: 'Los familiares de personas en recuperación vuelven a reunirse el primer martes de cada mes.',
  heading: 'Quién puede venir',
  paragraph: 'Parejas, padres, hijos adultos y amistades cercanas: todas las personas son bienvenidas.',
};

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
  const token = await createWriteToken(
    stack.cmsUrl,
    stack.secrets.superAdminEmail,
    stack.secrets.superAdminPassword,
  );
  article = await publishArticle(stack.cmsUrl, token, english);
  browser = await launchBrowser({ width: 1440, height: 900 });
  admin = await browser.context.newPage();
  await logIntoAdmin(admin, stack.cmsUrl, stack.secrets.adminEmail, stack.secrets.adminPassword);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const site = (path: string) => `${stack.siteUrl}${path}`;

test('the editor adds the Spanish translation; the English page’s language switcher leads to it', async () => {
  const spanishCategory = (
    await cmsGet<{ data: Array<{ name: string }> }>(
      stack.cmsUrl,
      `/api/categories?locale=es&filters[slug][$eq]=${english.categorySlug}`,
    )
  ).data[0]!;
  const englishPage = site(`/en/news/${article.slug}`);
  await untilPagesShow({ 'en article': { url: englishPage, check: ({ status }) => status === 200 } });
  expect(linksTo((await getHtml(englishPage)).html, `/es/news/${spanish.slug}`)).toBe(false);

  const page = admin;
  await openArticleList(page);
  await openArticle(page, english.title);
  await switchLocale(page, 'Spanish (es)');
  // Copies the body, the cover and the relations, mapped to their Spanish entries.
  await fillInFromLocale(page, 'English (en)');
  await page.getByRole('button', { name: spanishCategory.name, exact: true }).waitFor();
  await fillTextFields(page, spanish);
  await rewriteBody(page, english, spanish);
  await page.screenshot({ path: screenshotPath('editor-translation-es'), fullPage: true });
  const published = await publish(page);

  const visibleAfter = await msUntilVisible(published.clickedAt, {
    'es article': {
      url: site(`/es/news/${spanish.slug}`),
      check: ({ status, html }) => status === 200 && html.includes(spanish.title),
    },
    'en switcher': { url: englishPage, check: ({ html }) => linksTo(html, `/es/news/${spanish.slug}`) },
  });
  console.log(
    `translation publish → visible: es article ${visibleAfter['es article']} ms, ` +
      `en page's switcher ${visibleAfter['en switcher']} ms (Strapi confirmed after ${published.confirmedAfterMs} ms)`,
  );

  // A reader on the English article follows the language switcher.
  const reader = await browser.context.newPage();
  await reader.goto(englishPage);
  await reader.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
  await reader.waitForURL(`**/es/news/${spanish.slug}`);
  await reader.getByRole('heading', { level: 1, name: spanish.title }).waitFor();
  expect(await reader.locator('html').getAttribute('lang')).toBe('es');
  expect(await reader.getByText(spanish.paragraph).count()).toBe(1);
  await reader.screenshot({ path: screenshotPath('reader-translation-es') });
  await reader.close();
});

test('the editor unpublishes the English article: 404, and gone from the home page and the feed (time printed)', async () => {
  const path = `/en/news/${article.slug}`;
  const urls = { article: site(path), home: site('/en'), feed: site('/en/feed.xml') };
  // Published and listed everywhere first, so that what follows can only pass by disappearing.
  await untilPagesShow({
    article: { url: urls.article, check: ({ status }) => status === 200 },
    home: { url: urls.home, check: ({ html }) => linksTo(html, path) },
    feed: { url: urls.feed, check: ({ html }) => html.includes(path) },
  });

  const page = admin;
  await openArticleList(page);
  await openArticle(page, english.title);
  const unpublished = await unpublish(page);

  const goneAfter = await msUntilVisible(unpublished.clickedAt, {
    article: { url: urls.article, check: ({ status }) => status === 404 },
    home: { url: urls.home, check: ({ status, html }) => status === 200 && !linksTo(html, path) },
    feed: { url: urls.feed, check: ({ status, html }) => status === 200 && !html.includes(path) },
  });
  console.log(
    `unpublish → gone: article ${goneAfter.article} ms, home ${goneAfter.home} ms, feed ${goneAfter.feed} ms ` +
      `(Strapi confirmed after ${unpublished.confirmedAfterMs} ms)`,
  );
});
