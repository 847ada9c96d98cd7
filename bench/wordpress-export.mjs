#!/usr/bin/env node
// Writes a synthetic WordPress export (WXR 1.2) for the importer's benchmarks:
//
//   node bench/wordpress-export.mjs --posts 5000 --out /tmp/wp-5000.xml
//   node bench/wordpress-export.mjs --posts 20000 --body-kb 25 --out /tmp/wp-500mb.xml   # ≈ 500 MB
//
// Every post has a classic-editor body (wpautop paragraphs, headings, a list, bold/italic, a link to
// an earlier post), one or two categories from a small hierarchy, tags, an author and Yoast fields;
// one in ten is a draft. No attachments: the import benchmark measures text, not image processing.
// The text is made from a word list below, so the file is original and reproducible (seeded).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '5000' },
    'body-kb': { type: 'string', default: '3' },
    out: { type: 'string' },
    seed: { type: 'string', default: '11' },
  },
});
const posts = Number(values.posts);
const bodyKb = Number(values['body-kb']);
if (!values.out || !Number.isInteger(posts) || posts < 1 || !(bodyKb > 0)) {
  console.error('usage: node bench/wordpress-export.mjs --posts N [--body-kb K] --out FILE');
  process.exit(2);
}

let state = Number(values.seed) >>> 0 || 1;
const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const pick = (list) => list[Math.floor(random() * list.length)];

const WORDS = (
  'garden centre volunteer morning group support recovery sleep walk family meeting kitchen library ' +
  'neighbour evening practice routine health calm river bridge weekend music choir class worker ' +
  'visit bread table window letter bicycle market harbour lantern journal courage patience friend ' +
  'season spring autumn winter summer welcome open share listen learn plan rest breathe'
).split(' ');
const sentence = () => {
  const n = 8 + Math.floor(random() * 10);
  const words = Array.from({ length: n }, () => pick(WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
};
const title = () => sentence().replace(/\.$/, '').split(' ').slice(0, 7).join(' ');
const cdata = (text) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

const SITE = 'https://bench.example.org';
const CATEGORIES = [
  ['news', ''],
  ['services', ''],
  ['groups', 'services'],
  ['research', ''],
  ['stories', 'news'],
  ['events', ''],
  ['health', ''],
  ['sleep', 'health'],
  ['food', 'health'],
  ['community', ''],
];
const TAGS = Array.from({ length: 50 }, (_, i) => `topic-${i + 1}`);
const AUTHORS = ['ana', 'ben', 'chioma', 'dmitri', 'eva'];

function body(id, slugs) {
  const parts = [];
  let size = 0;
  let section = 1;
  while (size < bodyKb * 1024) {
    const block = [
      `<h2>Section ${section++}: ${title()}</h2>`,
      `${sentence()} ${sentence()} <strong>${sentence()}</strong>\n${sentence()}`,
      `${sentence()} <em>${sentence()}</em> ${sentence()}`,
      `<ul>\n<li>${sentence()}</li>\n<li>${sentence()}</li>\n<li>${sentence()}</li>\n</ul>`,
      id > 1
        ? `See also <a href="${SITE}/?p=${Math.max(1, id - 1 - Math.floor(random() * 20))}">${slugs.at(-1) ?? 'an earlier post'}</a>.`
        : sentence(),
    ].join('\n\n');
    parts.push(block);
    size += block.length;
  }
  return parts.join('\n\n');
}

const out = createWriteStream(values.out);
const write = async (text) => {
  if (!out.write(text)) await once(out, 'drain');
};

await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench newsroom</title>
<link>${SITE}</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${SITE}</wp:base_site_url>
<wp:base_blog_url>${SITE}</wp:base_blog_url>
`);
for (const [i, login] of AUTHORS.entries()) {
  await write(
    `<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_display_name>${cdata(login[0].toUpperCase() + login.slice(1))}</wp:author_display_name></wp:author>\n`,
  );
}
for (const [i, [slug, parent]] of CATEGORIES.entries()) {
  await write(
    `<wp:category><wp:term_id>${100 + i}</wp:term_id><wp:category_nicename>${cdata(slug)}</wp:category_nicename><wp:category_parent>${cdata(parent)}</wp:category_parent><wp:cat_name>${cdata(slug[0].toUpperCase() + slug.slice(1))}</wp:cat_name></wp:category>\n`,
  );
}
for (const [i, slug] of TAGS.entries()) {
  await write(
    `<wp:tag><wp:term_id>${200 + i}</wp:term_id><wp:tag_slug>${cdata(slug)}</wp:tag_slug><wp:tag_name>${cdata(slug.replace('-', ' '))}</wp:tag_name></wp:tag>\n`,
  );
}

const slugs = [];
const start = Date.UTC(2015, 0, 1);
for (let id = 1; id <= posts; id++) {
  const postTitle = `${title()} ${id}`;
  const slug = postTitle
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const date = new Date(start + id * 3_600_000 * 7).toISOString().slice(0, 19).replace('T', ' ');
  const [y, m, d] = date.slice(0, 10).split('-');
  const status = id % 10 === 0 ? 'draft' : 'publish';
  const categories = [pick(CATEGORIES)[0], ...(random() < 0.3 ? [pick(CATEGORIES)[0]] : [])];
  const tags = [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)])];
  await write(`<item>
<title>${cdata(postTitle)}</title>
<link>${SITE}/${y}/${m}/${d}/${slug}/</link>
<dc:creator>${cdata(pick(AUTHORS))}</dc:creator>
<guid isPermaLink="false">${SITE}/?p=${id}</guid>
<content:encoded>${cdata(body(id, slugs))}</content:encoded>
<excerpt:encoded>${cdata(random() < 0.5 ? sentence() : '')}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date>${cdata(date)}</wp:post_date>
<wp:post_date_gmt>${cdata(status === 'publish' ? date : '0000-00-00 00:00:00')}</wp:post_date_gmt>
<wp:post_name>${cdata(slug)}</wp:post_name>
<wp:status>${cdata(status)}</wp:status>
<wp:post_type>${cdata('post')}</wp:post_type>
<wp:post_password>${cdata('')}</wp:post_password>
${[...new Set(categories)].map((c) => `<category domain="category" nicename="${c}">${cdata(c)}</category>`).join('\n')}
${tags.map((t) => `<category domain="post_tag" nicename="${t}">${cdata(t)}</category>`).join('\n')}
<wp:postmeta><wp:meta_key>${cdata('_yoast_wpseo_metadesc')}</wp:meta_key><wp:meta_value>${cdata(sentence())}</wp:meta_value></wp:postmeta>
</item>
`);
  slugs.push(slug);
  if (slugs.length > 50) slugs.shift();
}
await write('</channel>\n</rss>\n');
out.end();
await once(out, 'finish');
console.log(
  `wrote ${posts} posts (${bodyKb} KB bodies) to ${values.out} (${(out.bytesWritten / 1024 / 1024).toFixed(1)} MB)`,
);
