import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { runImport, WxrError, type ImportReport } from '../src/importers/wordpress';
import { placeholderCoverPng } from '../src/importers/wordpress/media';
import { api, startStrapi, stopStrapi } from './helpers/strapi';
import { startWebhookListener, type WebhookListener } from './helpers/webhook-listener';

/**
 * The WordPress importer against a real Strapi (SQLite here, PostgreSQL with `pnpm test:postgres`):
 * one fixture export per shape (tests/wordpress-import/fixtures), imported through runImport() — the
 * function `npm run import:wordpress` calls — then checked through the database and the public API.
 */

const FIXTURES = path.join(__dirname, 'wordpress-import', 'fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);
const ARTICLE = 'api::article.article';

let strapi: Core.Strapi;
let listener: WebhookListener;
let mediaDir: string;

/** A copy of wp-content/uploads: small generated pictures, two of them byte-identical. */
function makeMediaDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-uploads-'));
  const files: Record<string, Buffer> = {
    '2024/03/garden-volunteers.png': placeholderCoverPng(64, 40, [40, 120, 60]),
    '2024/05/choir.png': placeholderCoverPng(64, 48, [120, 40, 90]),
    '2024/05/banner.png': placeholderCoverPng(80, 20, [200, 160, 30]),
    '2023/11/reading-room.png': placeholderCoverPng(60, 60, [90, 90, 160]),
    '2023/11/reading-room-copy.png': placeholderCoverPng(60, 60, [90, 90, 160]),
    '2023/11/unused.png': placeholderCoverPng(10, 10, [0, 0, 0]),
  };
  for (const [file, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), bytes);
  }
  return dir;
}

async function importFile(name: string, options: { dryRun?: boolean; update?: boolean; file?: string } = {}) {
  const started = Date.now();
  const report = await runImport(strapi, {
    file: options.file ?? fixture(name),
    mediaDir,
    fetchTimeoutMs: 2000,
    dryRun: options.dryRun,
    update: options.update,
  });
  console.log(
    `[wordpress-import] ${name}${options.dryRun ? ' (dry run)' : ''}: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return report;
}

const warningsOf = (report: ImportReport, postId: string) =>
  report.warnings
    .filter((w) => w.postId === postId)
    .map((w) => w.message)
    .join('\n');

async function articleBySlug(slug: string, locale = 'en', status: 'published' | 'draft' = 'published') {
  return strapi.documents(ARTICLE).findFirst({
    locale,
    status,
    filters: { slug },
    populate: ['cover', 'category', 'author', 'tags', 'seo'],
  }) as Promise<Record<string, any> | null>;
}

async function redirectTo(from: string): Promise<string | null> {
  const row = (await strapi.db
    .query('api::redirect.redirect')
    .findOne({ where: { from, publishedAt: { $notNull: true } } })) as { to: string } | null;
  return row?.to ?? null;
}

async function rowCounts() {
  const count = (uid: string) => strapi.db.query(uid as never).count({});
  return {
    articles: await count(ARTICLE),
    redirects: await count('api::redirect.redirect'),
    records: await count('api::wordpress-record.wordpress-record'),
    files: await count('plugin::upload.file'),
    categories: await count('api::category.category'),
    tags: await count('api::tag.tag'),
    authors: await count('api::author.author'),
  };
}

beforeAll(async () => {
  listener = await startWebhookListener();
  mediaDir = makeMediaDir();
  strapi = await startStrapi({
    WEB_REVALIDATE_URL: listener.url,
    REVALIDATE_SECRET: 'wp-import-test-secret',
  });
}, 120_000);

afterAll(async () => {
  await stopStrapi();
  await listener?.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

describe('a file that cannot be imported changes nothing', () => {
  it.each([
    ['not XML', 'not-xml.xml', /not well-formed XML/],
    ['truncated', 'truncated.xml', /truncated/],
    ['an RSS feed, not an export', 'rss-feed.xml', /not a WordPress export.*wxr_version/],
    ['another XML document', 'not-rss.xml', /root element is <html>/],
    ['declared in another encoding', 'latin1.xml', /encoding "ISO-8859-1"/],
    ['invalid UTF-8 bytes', 'invalid-utf8.xml', /not valid UTF-8/],
    ['empty', 'empty.xml', /empty/],
    ['missing', 'no-such-file.xml', /no such file/],
  ])('%s', async (_label, name, message) => {
    const before = await rowCounts();
    await expect(importFile(name)).rejects.toThrow(WxrError);
    await expect(importFile(name)).rejects.toThrow(message);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('classic editor posts', () => {
  let report: ImportReport;
  beforeAll(async () => {
    listener.received.length = 0;
    report = await importFile('classic-wpautop.xml');
  });

  it('creates the published articles with the WordPress date as first-published date', async () => {
    expect(report.get('posts', 'created')).toBe(2);
    const article = await articleBySlug('volunteers-open-the-community-garden');
    expect(article).toMatchObject({ title: 'Volunteers open the community garden', locale: 'en' });
    expect(new Date(article?.firstPublishedAt).toISOString()).toBe('2024-03-14T09:30:00.000Z');
    expect(article?.excerpt).toMatch(/^The new garden behind the Riverside centre opened on Saturday/);
  });

  it('turns wpautop text into paragraphs, headings, marks and rewritten links', async () => {
    const body = (await articleBySlug('volunteers-open-the-community-garden'))?.body as any[];
    expect(body.filter((b) => b.type === 'heading').map((b) => [b.level, b.children[0].text])).toEqual([
      [2, 'Why a garden?'],
      [2, 'How to join'],
      [3, 'What to bring'],
    ]);
    expect(body[1]).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'text',
          text: 'Volunteers built six raised beds in a single morning.\nEach bed is tall enough to be worked from a chair.',
        },
      ],
    });
    const links = JSON.stringify(body);
    expect(links).toContain('"url":"/en/news/planning-the-garden"');
    expect(links).not.toContain('old.example.org');
    expect(links).toContain('"strikethrough":true');
  });

  it('links cover (with alt text), category, tag and author', async () => {
    const article = await articleBySlug('volunteers-open-the-community-garden');
    expect(article?.cover).toMatchObject({
      alternativeText: 'Volunteers planting herbs in raised beds',
      mime: 'image/png',
    });
    expect(article?.category).toMatchObject({ name: 'Community', slug: 'community' });
    expect(article?.tags.map((t: { slug: string }) => t.slug)).toEqual(['volunteers']);
    expect(article?.author).toMatchObject({ name: 'Mara Ellison', slug: 'mara' });
  });

  it.each([
    ['/2024/03/14/volunteers-open-the-community-garden', '/en/news/volunteers-open-the-community-garden'],
    ['/2024/03/volunteers-open-the-community-garden', '/en/news/volunteers-open-the-community-garden'],
    ['/?p=101', '/en/news/volunteers-open-the-community-garden'],
    ['/?p=102', '/en/news/planning-the-garden'],
    ['/category/community', '/en/category/community'],
    ['/tag/volunteers', '/en/tag/volunteers'],
    ['/author/mara', '/en/author/mara'],
    ['/feed', '/en/feed.xml'],
  ])('redirects %s → %s', async (from, to) => {
    expect(await redirectTo(from)).toBe(to);
  });

  it('serves the redirects read-only on the public API', async () => {
    const res = await api().get('/api/redirects').query({ 'pagination[pageSize]': 100 });
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: { from: string }) => r.from)).toContain('/?p=101');
    expect(
      (
        await api()
          .post('/api/redirects')
          .send({ data: { from: '/x', to: '/y' } })
      ).status,
    ).toBe(403);
  });

  it('tells the site through the webhook', async () => {
    const hook = await listener.waitFor(
      (h) =>
        (h.body as { uid?: string; entry?: { slug?: string } }).entry?.slug ===
        'volunteers-open-the-community-garden',
      15_000,
    );
    expect(hook.headers['x-strapi-event']).toMatch(/^entry\./);
    await listener.waitFor((h) => (h.body as { uid?: string }).uid === 'api::redirect.redirect', 15_000);
  });

  it('creates nothing when run again, and says every post is unchanged', async () => {
    const before = await rowCounts();
    const again = await importFile('classic-wpautop.xml');
    expect(await rowCounts()).toEqual(before);
    expect(again.get('posts', 'unchanged')).toBe(2);
    expect(again.get('posts', 'created')).toBe(0);
    expect(again.get('redirects', 'created')).toBe(0);
    expect(again.get('media', 'created')).toBe(0);
  });

  it('--update refreshes a post changed in WordPress (and only with --update)', async () => {
    const changed = path.join(os.tmpdir(), `wp-changed-${process.pid}.xml`);
    fs.writeFileSync(
      changed,
      fs
        .readFileSync(fixture('classic-wpautop.xml'), 'utf8')
        .replace('<![CDATA[Planning the garden]]>', '<![CDATA[Planning the garden, revised]]>'),
    );
    try {
      const without = await importFile('changed', { file: changed });
      expect(without.get('posts', 'updated')).toBe(0);
      expect(without.warnings.map((w) => w.message).join('\n')).toMatch(/1 post\(s\) changed .* --update/);
      expect((await articleBySlug('planning-the-garden'))?.title).toBe('Planning the garden');

      const before = await rowCounts();
      const updated = await importFile('changed', { file: changed, update: true });
      expect(updated.get('posts', 'updated')).toBe(1);
      expect(updated.get('posts', 'unchanged')).toBe(1);
      const article = await articleBySlug('planning-the-garden');
      expect(article?.title).toBe('Planning the garden, revised');
      expect(new Date(article?.firstPublishedAt).toISOString()).toBe('2024-02-20T08:00:00.000Z');
      expect(await rowCounts()).toEqual(before);
    } finally {
      fs.rmSync(changed, { force: true });
    }
  });
});

describe('--dry-run', () => {
  it('prints what it would create and writes nothing', async () => {
    const before = await rowCounts();
    const report = await importFile('gutenberg.xml', { dryRun: true });
    expect(report.get('posts', 'created')).toBe(1);
    expect(report.get('tags', 'created')).toBe(1);
    expect(report.get('redirects', 'created')).toBeGreaterThanOrEqual(3);
    expect(await rowCounts()).toEqual(before);
    expect(await articleBySlug('sleep-and-recovery')).toBeNull();
  });
});

describe('Gutenberg posts', () => {
  it('keeps headings, lists, quotes and code; reports dynamic blocks and turns embeds into links', async () => {
    const report = await importFile('gutenberg.xml');
    const body = (await articleBySlug('sleep-and-recovery'))?.body as any[];
    expect(body.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'list',
      'heading',
      'quote',
      'code',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(body[2].children[0].text).toBe(
      "During deep sleep the body repairs itself.\nDreams help sort the day's memories.",
    );
    expect(body[7]).toMatchObject({ type: 'code', language: 'text' });
    expect(body[10].children[0]).toMatchObject({
      type: 'link',
      url: 'https://www.youtube.com/watch?v=abc123XYZ',
    });
    expect(warningsOf(report, '110')).toMatch(/dynamic block wp:latest-posts dropped/);
    expect(warningsOf(report, '110')).toMatch(/placeholder cover/);
  });
});

describe('Divi posts', () => {
  it('unwraps the builder, keeps text modules, drops and reports builder-only ones', async () => {
    const report = await importFile('divi.xml');
    const body = (await articleBySlug('family-day-at-the-centre'))?.body as any[];
    expect(JSON.stringify(body)).not.toMatch(/et_pb|et_social|_builder_version|\[\/?[a-z]/);
    expect(body.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(body[3].children[0].text).toBe('Free transport');
    expect(body[5].children[0]).toMatchObject({ type: 'link', url: 'https://old.example.org/contact/' });
    const warnings = warningsOf(report, '120');
    expect(warnings).toMatch(/\[et_pb_divider\] dropped/);
    expect(warnings).toMatch(/\[et_pb_countdown_timer\] dropped/);
    expect(warnings).toMatch(/\[et_social_share\] dropped/);
  });
});

describe('captions, galleries and attachments', () => {
  it('uploads each picture once, with captions; reports the ones it could not get', async () => {
    const report = await importFile('captions-galleries.xml');
    const article = await articleBySlug('choir-evening-in-pictures');
    const images = (article?.body as any[]).filter((b) => b.type === 'image');
    expect(images.map((b) => [b.image.caption, b.image.alternativeText])).toEqual([
      ['The choir on stage', 'Singers on stage'],
      ['Our choir rehearses on Tuesdays', 'The choir rehearsing'],
      [null, 'A hand-painted banner'],
    ]);
    // The captioned picture and its gallery copy are one file; the banner is also the cover.
    expect(images[0].image.hash).toBe(images[1].image.hash);
    expect(article?.cover.hash).toBe(images[2].image.hash);
    const warnings = warningsOf(report, '130');
    expect(warnings).toMatch(/image dropped: 2024\/05\/missing.png not found in --media-dir/);
    expect(warnings).toMatch(/gallery image 999 is not in the export/);
    expect(warnings).toMatch(/unknown shortcode \[contact-form-7\] dropped/);
    expect(warnings).toMatch(/embed replaced by a link to https:\/\/vimeo.com\/123456/);
  });

  it('stores byte-identical files once, whatever their names', async () => {
    const filesBefore = (await rowCounts()).files;
    await importFile('attachments.xml');
    const article = await articleBySlug('the-reading-room-reopens');
    const image = (article?.body as any[]).find((b) => b.type === 'image');
    expect(image.image.hash).toBe(article?.cover.hash);
    expect((await rowCounts()).files).toBe(filesBefore + 1);
  });
});

describe('other shapes', () => {
  it('nested lists stay nested', async () => {
    await importFile('nested-lists.xml');
    const list = ((await articleBySlug('checklist-for-a-first-visit'))?.body as any[])[1];
    expect(list.type).toBe('list');
    expect(list.children.map((c: { type: string }) => c.type)).toEqual([
      'list-item',
      'list',
      'list-item',
      'list',
      'list-item',
    ]);
    expect(list.children[3]).toMatchObject({ format: 'ordered' });
  });

  it('tables become lists, iframes links; scripts, styles and javascript: links never pass', async () => {
    const report = await importFile('tables.xml');
    const body = JSON.stringify((await articleBySlug('opening-hours-over-the-holidays'))?.body);
    expect(body).toContain('Day: 24 December; Hours: 9:00–13:00');
    expect(body).toContain('https://www.youtube.com/watch?v=xyz789');
    expect(body).not.toMatch(/script|tracking|color|onclick|javascript|alert/i);
    expect(warningsOf(report, '150')).toMatch(/table \(2 rows\) converted to a list/);
  });

  it('Yoast and Rank Math fill the SEO component; the primary category wins; other categories become tags', async () => {
    const report = await importFile('yoast.xml');
    const article = await articleBySlug('new-evening-group-for-carers');
    expect(article?.seo).toMatchObject({
      metaTitle: 'New evening group for carers – Riverside Recovery News',
      metaDescription: 'A weekly evening group for carers: practical help and a friendly room.',
    });
    expect(article?.excerpt).toBe('A new weekly group for carers.');
    expect(article?.category.slug).toBe('research');
    expect(article?.tags.map((t: { slug: string }) => t.slug)).toContain('community');
    expect(warningsOf(report, '160')).toMatch(/one category per article/);
    expect((await articleBySlug('rank-math-post'))?.seo).toMatchObject({
      metaTitle: 'Carers group – Riverside',
    });
  });

  it('a Polylang pair becomes the en and es locales of one document', async () => {
    await importFile('polylang.xml');
    const en = await articleBySlug('walking-group-reaches-100-members', 'en');
    const es = await articleBySlug('el-grupo-de-caminata-llega-a-100-miembros', 'es');
    expect(es?.documentId).toBe(en?.documentId);
    expect(es?.category).toMatchObject({ name: 'Comunidad', locale: 'es' });
    expect(es?.category.documentId).toBe(en?.category.documentId);
    expect(await redirectTo('/es/2024/03/04/el-grupo-de-caminata-llega-a-100-miembros')).toBe(
      '/es/news/el-grupo-de-caminata-llega-a-100-miembros',
    );
  });

  it('maps statuses: publish, draft, pending, future → draft (reported), private and trash skipped', async () => {
    const report = await importFile('statuses.xml');
    expect(report.get('posts', 'created')).toBe(4);
    expect(report.get('posts', 'skipped')).toBe(2);
    expect([...report.otherTypes]).toEqual([
      ['page', 1],
      ['nav_menu_item', 1],
    ]);
    expect(await articleBySlug('a-published-post')).not.toBeNull();
    for (const slug of ['a-draft-post', 'pending-review', 'coming-next-month']) {
      expect(await articleBySlug(slug)).toBeNull();
      expect(await articleBySlug(slug, 'en', 'draft')).not.toBeNull();
    }
    expect(warningsOf(report, '193')).toMatch(/scheduled for 2030-01-01 09:00:00.*imported as a draft/);
    expect(warningsOf(report, '194')).toMatch(/private post not imported/);
    expect(warningsOf(report, '195')).toMatch(/trash/);
    expect(await redirectTo('/?p=191')).toBeNull();
  });
});

describe('broken items', () => {
  it('reports each broken post and imports the rest', async () => {
    const report = await importFile('broken-items.xml');
    expect(await articleBySlug('fine-before')).not.toBeNull();
    expect(await articleBySlug('fine-after')).not.toBeNull();
    expect(report.warnings.map((w) => w.message).join('\n')).toMatch(/no usable <wp:post_id>/);
    const odd = await articleBySlug('unclosed-tags');
    expect(JSON.stringify(odd?.body)).toContain('"url":"https://ok.example.net/"');
    expect(JSON.stringify(odd?.body)).not.toContain('exa mple');
    expect(warningsOf(report, '302')).toMatch(/publication date "not a date" unreadable/);
    expect(warningsOf(report, '302')).toMatch(/cannot be redirected/);
    expect(await articleBySlug('untitled-post-303')).toMatchObject({ title: '(untitled post 303)' });
  });

  it('never leaves half an article: a failure inside the post rolls all of it back', async () => {
    // Make the redirect of one post fail after its article was written.
    strapi.db.lifecycles.subscribe({
      models: ['api::redirect.redirect'],
      beforeCreateMany(event: { params: { data?: Array<{ from?: string }> } }) {
        if (event.params.data?.some((row) => row.from === '/?p=701')) throw new Error('simulated failure');
      },
    });
    const file = path.join(os.tmpdir(), `wp-failing-${process.pid}.xml`);
    fs.writeFileSync(
      file,
      fs
        .readFileSync(fixture('broken-items.xml'), 'utf8')
        .replace(/<wp:post_id>300<\/wp:post_id>/, '<wp:post_id>701</wp:post_id>')
        .replaceAll('fine-before', 'rolled-back')
        .replace(/<wp:post_id>304<\/wp:post_id>/, '<wp:post_id>702</wp:post_id>')
        .replaceAll('fine-after', 'imported-after-failure'),
    );
    try {
      const report = await importFile('failing', { file });
      expect(report.get('posts', 'failed')).toBe(1);
      expect(warningsOf(report, '701')).toMatch(/NOT imported: simulated failure/);
      expect(await articleBySlug('rolled-back', 'en', 'draft')).toBeNull();
      expect(await redirectTo('/2023/09/01/rolled-back')).toBeNull();
      expect(await articleBySlug('imported-after-failure')).not.toBeNull();
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
