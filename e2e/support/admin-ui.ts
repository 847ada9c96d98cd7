import type { FrameLocator, Locator, Page } from 'playwright-core';

/**
 * The Strapi 5.54 admin panel as an editor uses it, by roles, labels and visible names (checked
 * against the real DOM). Each step waits for the panel to confirm it (a notification, a changed URL,
 * a rendered value) so callers never need a sleep.
 */

export interface ArticleForm {
  title: string;
  slug: string;
  excerpt: string;
  /** The body: a level-2 heading followed by a paragraph. */
  heading: string;
  paragraph: string;
  /** File name of an image already in the media library. */
  cover: string;
  /** Display names, as the relation pickers list them. */
  category: string;
  author: string;
}

const ARTICLE_LIST = /\/content-manager\/collection-types\/api::article\.article(\?|$)/;

/** The article form's labels, as the newsroom names them for editors (cms editor-layout-spec.ts). */
export const FIELD = {
  title: 'Title',
  slug: 'Web address (slug)',
  excerpt: 'Short summary',
  body: 'Article text',
  cover: 'Cover image',
  category: 'Category',
  author: 'Author',
} as const;

/** Logs in with the local account and closes the guided tour a fresh profile is offered. */
export async function logIntoAdmin(
  page: Page,
  cmsUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${cmsUrl}/admin`);
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
  await dismissGuidedTour(page);
}

/**
 * Strapi 5 shows a guided tour on the home page of a new browser profile; while it runs, its popovers
 * cover the content manager. Closing it (with its confirmation) turns it off for the profile. It renders
 * a moment after the greeting, hence the bounded wait; an admin without a tour just moves on.
 */
export async function dismissGuidedTour(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Close guided tour' });
  const shown = await close.waitFor({ timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  if (!shown) return;
  await close.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
  await close.waitFor({ state: 'detached' });
}

/** Content Manager → Article: the list view of articles in one locale (the list remembers the last one). */
export async function openArticleList(page: Page, localeName = 'English (en)'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Content Manager' }).click();
  await page
    .getByRole('navigation', { name: 'Content Manager' })
    .getByRole('link', { name: 'Article' })
    .click();
  await page.waitForURL(ARTICLE_LIST);
  await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
  const picker = page.getByRole('combobox', { name: 'Select a locale' });
  if (!(await picker.textContent())?.includes(localeName)) {
    await picker.click();
    await page.getByRole('option', { name: localeName }).click();
    await picker.filter({ hasText: localeName }).waitFor();
  }
}

/** From the article list: "Create new entry", in English. */
export async function startNewArticle(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Create new entry' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Create an entry' }).waitFor();
  const locale = await page.getByRole('combobox', { name: 'Locales' }).textContent();
  if (!locale?.includes('(en)'))
    throw new Error(`a new article should start in English, the form says "${locale}"`);
}

/** From the article list: search for a title and open the entry. */
export async function openArticle(page: Page, title: string): Promise<string> {
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  const search = page.getByRole('main').getByLabel('Search for Article');
  await search.fill(title);
  await search.press('Enter');
  await page.getByRole('row').filter({ hasText: title }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return documentIdFromUrl(page.url());
}

function documentIdFromUrl(url: string): string {
  const match = /api::article\.article\/([a-z0-9]+)(?:[/?]|$)/.exec(url);
  if (!match || match[1] === 'create') throw new Error(`not on a saved article: ${url}`);
  return match[1]!;
}

/** The blocks editor is the one rich-text box on the form (the other fields are plain inputs). */
const bodyEditor = (page: Page): Locator =>
  page.getByRole('textbox').and(page.locator('[contenteditable="true"]'));

export async function fillArticleForm(page: Page, form: ArticleForm): Promise<void> {
  await fillTextFields(page, form);
  await writeBody(page, form.heading, form.paragraph);
  await pickFromMediaLibrary(page, form.cover);
  await chooseRelation(page, FIELD.category, form.category);
  await chooseRelation(page, FIELD.author, form.author);
}

export async function fillTextFields(page: Page, fields: Pick<ArticleForm, 'title' | 'slug' | 'excerpt'>) {
  await page.getByRole('textbox', { name: FIELD.title, exact: true }).fill(fields.title);
  // The slug is a UID field: typed explicitly here (slug-generation.test.ts covers leaving it alone).
  await page.getByRole('textbox', { name: FIELD.slug }).fill(fields.slug);
  await page.getByRole('textbox', { name: FIELD.excerpt }).fill(fields.excerpt);
}

/** An empty body: pick "Heading 2" in the block-type menu, type the heading, Enter, type a paragraph. */
async function writeBody(page: Page, heading: string, paragraph: string): Promise<void> {
  const editor = bodyEditor(page);
  await editor.click();
  await page.getByRole('combobox', { name: FIELD.body }).click();
  await page.getByRole('option', { name: 'Heading 2' }).click();
  await editor.click();
  await page.keyboard.type(heading);
  await page.keyboard.press('Enter');
  await page.keyboard.type(paragraph);
  await editor.getByRole('heading', { level: 2, name: heading }).waitFor();
  await editor.getByRole('paragraph').filter({ hasText: paragraph }).waitFor();
}

/** A body filled in from another locale: retype the heading and the paragraph in place. */
export async function rewriteBody(page: Page, from: { heading: string; paragraph: string }, to: typeof from) {
  const editor = bodyEditor(page);
  for (const [block, text] of [
    [editor.getByRole('heading', { level: 2, name: from.heading }), to.heading],
    [editor.getByRole('paragraph').filter({ hasText: from.paragraph }), to.paragraph],
  ] as const) {
    await block.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type(text);
  }
  await editor.getByRole('heading', { level: 2, name: to.heading }).waitFor();
  await editor.getByRole('paragraph').filter({ hasText: to.paragraph }).waitFor();
}

/** The media field's picker: tick an existing asset, Finish. */
async function pickFromMediaLibrary(page: Page, fileName: string): Promise<void> {
  await page.getByRole('button', { name: /Click to add an asset/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Add new assets' });
  await dialog.getByRole('checkbox', { name: fileName }).check();
  await dialog.getByRole('button', { name: 'Finish' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('region', { name: FIELD.cover }).getByRole('img').waitFor();
}

/** A to-one relation picker: open the combobox and pick the entry by its display name. */
async function chooseRelation(page: Page, field: string, option: string): Promise<void> {
  // The combobox's name gains a count ("Category (1)") once something is picked.
  await page.getByRole('combobox', { name: new RegExp(`^${field}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('combobox', { name: `${field} (1)` }).waitFor();
}

/** Save the draft; resolves with the document id once Strapi confirms. */
export async function saveDraft(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save' }).click();
  await notification(page, 'Saved document');
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  return documentIdFromUrl(page.url());
}

/**
 * "Open preview" shows the site inside the admin (Strapi 5's preview page frames the URL from
 * config/admin.ts). Returns the frame, once the site has answered, and its address.
 */
export async function openPreview(page: Page): Promise<{ frame: FrameLocator; src: string }> {
  await page.getByRole('link', { name: 'Open preview' }).click();
  await page.waitForURL(/\/preview(\?|$)/);
  const iframe = page.locator('iframe[title="Preview"]');
  await iframe.waitFor();
  const src = (await iframe.getAttribute('src')) ?? '';
  return { frame: page.frameLocator('iframe[title="Preview"]'), src };
}

export async function closePreview(page: Page): Promise<void> {
  // An icon link (it goes back to the edit view), named by its label.
  await page.getByRole('link', { name: 'Close preview' }).click();
  await page.getByRole('link', { name: 'Open preview' }).waitFor();
}

/** When an editor's click happened, and how long Strapi took to confirm it in the panel. */
export interface EditorAction {
  clickedAt: number;
  confirmedAfterMs: number;
}

/** Clicks Publish and waits for Strapi's confirmation. */
export async function publish(page: Page): Promise<EditorAction> {
  const button = page.getByRole('button', { name: 'Publish', exact: true });
  await button.waitFor();
  const clickedAt = Date.now();
  await button.click();
  await notification(page, 'Published document');
  return { clickedAt, confirmedAfterMs: Date.now() - clickedAt };
}

/** More document actions → Unpublish (this locale only), and Strapi's confirmation. */
export async function unpublish(page: Page): Promise<EditorAction> {
  await page.getByRole('button', { name: 'More document actions' }).click();
  const item = page.getByRole('menuitem', { name: 'Unpublish', exact: true });
  await item.waitFor();
  const clickedAt = Date.now();
  await item.click();
  await notification(page, 'Unpublished document');
  return { clickedAt, confirmedAfterMs: Date.now() - clickedAt };
}

/** The edit view's locale picker: switches to (or starts) the translation named like "Spanish (es)". */
export async function switchLocale(page: Page, localeName: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Locales' }).click();
  await page.getByRole('option', { name: new RegExp(localeName.replace(/[()]/g, '\\$&')) }).click();
  await page.getByRole('combobox', { name: 'Locales' }).filter({ hasText: localeName }).waitFor();
}

/** "Fill in from another locale": copies every field (relations mapped to this locale's entries). */
export async function fillInFromLocale(page: Page, localeName: string): Promise<void> {
  await page.getByRole('button', { name: 'Fill in from another locale' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Confirmation' });
  await dialog.getByRole('combobox', { name: 'Locale' }).click();
  await page.getByRole('option', { name: localeName }).click();
  await dialog.getByRole('button', { name: 'Yes, fill in' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Strapi's toast notifications are status regions; waits for one with this text. */
async function notification(page: Page, text: string): Promise<void> {
  await page
    .getByRole('region', { name: /^Notifications/ })
    .getByRole('status')
    .filter({ hasText: text })
    .first()
    .waitFor();
}
