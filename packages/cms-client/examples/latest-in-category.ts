// Lists the latest articles of one category in Spanish.
//
//   pnpm --filter @newsroom/cms-client example [category-slug]
//   CMS_URL=https://cms.example.org pnpm --filter @newsroom/cms-client example services
//
// In an app, import from '@newsroom/cms-client' instead of the relative path.
import { CmsError, CmsUnavailableError, createCmsClient } from '../src/index';

async function main(): Promise<void> {
  const categorySlug = process.argv[2] ?? 'community';
  const cms = createCmsClient({ baseUrl: process.env.CMS_URL ?? 'http://127.0.0.1:1337', timeoutMs: 5000 });

  const category = await cms.getCategoryBySlug('es', categorySlug);
  if (!category) {
    const known = await cms.listCategories('es');
    console.error(`No category "${categorySlug}". Known: ${known.map((c) => c.slug).join(', ') || '(none)'}`);
    process.exitCode = 1;
    return;
  }

  const page = await cms.listArticles({ locale: 'es', category: category.slug, pageSize: 5 });
  console.log(`${category.name} — ${page.total} artículo(s)\n`);
  for (const article of page.items) {
    const date = new Date(article.publishedAt).toLocaleDateString('es', { dateStyle: 'long' });
    console.log(`• ${article.title}`);
    console.log(`  ${date} · ${article.readingTimeMinutes} min · /es/news/${article.slug}`);
    if (article.cover) console.log(`  ${article.cover.url} (${article.cover.width}×${article.cover.height})`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof CmsUnavailableError) {
    console.error(`The CMS is not reachable: ${error.message}`);
  } else if (error instanceof CmsError) {
    console.error(`The CMS answered unexpectedly (${error.name}): ${error.message}`);
  } else {
    throw error;
  }
  process.exitCode = 1;
});
