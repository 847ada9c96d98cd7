// Records real Strapi webhook payloads into test/fixtures/webhooks/*.json by performing editor actions
// through the admin API and catching what the CMS sends. It publishes, unpublishes and deletes a
// temporary Spanish translation and re-saves a category, an author and a tag with their own values:
// run it only against a throwaway CMS with the demo content.
//
//   The CMS must send its webhook here:  WEB_REVALIDATE_URL=http://127.0.0.1:1361/hook
//   CMS_URL=http://127.0.0.1:1360 ADMIN_EMAIL=… ADMIN_PASSWORD=… WEBHOOK_PORT=1361 \
//     pnpm --filter @newsroom/cms-client record-webhooks
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { createCmsClient } = createRequire(import.meta.url)(join(root, 'dist/src/index.js'));
const baseUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
const port = Number(process.env.WEBHOOK_PORT ?? 1361);
const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = process.env;
if (!email || !password) throw new Error('ADMIN_EMAIL and ADMIN_PASSWORD are required');

const received = [];
const server = createServer((req, res) => {
  let text = '';
  req.on('data', (chunk) => (text += chunk));
  req.on('end', () => {
    received.push(JSON.parse(text));
    res.writeHead(200).end();
  });
}).listen(port, '127.0.0.1');

async function waitFor(match, label) {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const found = received.find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No webhook for ${label} within 10 s: is WEB_REVALIDATE_URL pointing at port ${port}?`);
}

const login = await fetch(`${baseUrl}/admin/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
});
if (!login.ok) throw new Error(`Admin login failed: HTTP ${login.status}`);
const { token } = (await login.json()).data;

async function admin(method, path, body) {
  const response = await fetch(`${baseUrl}/content-manager/collection-types/${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).data;
}

const fixtures = new Map();
async function capture(name, event, uid, locale, action) {
  const before = received.length;
  await action();
  const payload = await waitFor(
    (p, i) =>
      i >= before && p.event === event && p.uid === uid && (locale === null || p.entry.locale === locale),
    name,
  );
  fixtures.set(name, payload);
}

const cms = createCmsClient({ baseUrl });
let article = null;
for (const summary of await cms.listAllArticles('en')) {
  const candidate = await cms.getArticleBySlug('en', summary.slug);
  if (candidate.translations.length === 0 && candidate.category && candidate.tags.length > 0) {
    article = candidate;
    break;
  }
}
if (!article) throw new Error('No English article without a Spanish translation');
const ART = `api::article.article/${article.documentId}`;
const spanish = {
  title: `Traducción temporal: ${article.title}`.slice(0, 160),
  slug: `traduccion-temporal-${article.slug}`.slice(0, 150),
  excerpt: 'Traducción creada para registrar los avisos del CMS.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Texto de prueba.' }] }],
};

await capture('article-create.es', 'entry.create', 'api::article.article', 'es', () =>
  admin('PUT', `${ART}?locale=es`, spanish),
);
await capture('article-publish.es', 'entry.publish', 'api::article.article', 'es', () =>
  admin('POST', `${ART}/actions/publish?locale=es`, {}),
);
await capture('article-unpublish.es', 'entry.unpublish', 'api::article.article', 'es', () =>
  admin('POST', `${ART}/actions/unpublish?locale=es`, {}),
);
await capture('article-delete.es', 'entry.delete', 'api::article.article', 'es', () =>
  admin('DELETE', `${ART}?locale=es`),
);
await capture('article-update.en', 'entry.update', 'api::article.article', 'en', () =>
  admin('PUT', `${ART}?locale=en`, { excerpt: article.excerpt }),
);
await capture('article-publish.en', 'entry.publish', 'api::article.article', 'en', () =>
  admin('POST', `${ART}/actions/publish?locale=en`, {}),
);

const category = await cms.getCategoryBySlug('es', article.category.slug);
await capture('category-update.es', 'entry.update', 'api::category.category', 'es', () =>
  admin('PUT', `api::category.category/${category.documentId}?locale=es`, {
    description: category.description,
  }),
);
const [author] = await cms.listAuthors();
await capture('author-update', 'entry.update', 'api::author.author', null, () =>
  admin('PUT', `api::author.author/${author.documentId}`, { bio: author.bio }),
);
const tag = article.tags[0];
await capture('tag-update', 'entry.update', 'api::tag.tag', null, () =>
  admin('PUT', `api::tag.tag/${tag.documentId}`, { name: tag.name }),
);
server.close();

for (const [name, payload] of fixtures) {
  // Taxonomy payloads list every related article with its body; one, without body, shows the shape.
  if (Array.isArray(payload.entry.articles)) {
    payload.entry.articles = payload.entry.articles.slice(0, 1).map(({ body: _body, ...rest }) => rest);
  }
  writeFileSync(
    join(root, 'test/fixtures/webhooks', `${name}.json`),
    `${JSON.stringify(payload, null, 2)}\n`,
  );
  console.log(`webhooks/${name}.json  <-  ${payload.event} ${payload.uid} ${payload.entry.locale ?? ''}`);
}
