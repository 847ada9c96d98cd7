import type { MetadataRoute } from 'next';
import { LOCALES } from '@newsroom/cms-client';
import { cms } from '@/lib/cms';
import { env } from '@/lib/env';
import { absoluteUrl, paths } from '@/lib/paths';

/**
 * Every language's home, sections and articles, with their translations as alternates. Rendered on
 * request (so `next build` never needs the CMS); the CMS fetches behind it are cached and tagged like
 * every other, so a publish refreshes the sitemap too.
 */
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const client = await cms();
  const { siteUrl } = env();
  const url = (path: string) => absoluteUrl(path, siteUrl);
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const [articles, categories] = await Promise.all([
        client.listAllArticles(locale),
        client.listCategories(locale),
      ]);
      return { locale, articles, categories };
    }),
  );

  const entries: MetadataRoute.Sitemap = [];
  for (const { locale, articles, categories } of perLocale) {
    entries.push({ url: url(paths.home(locale)), changeFrequency: 'hourly', priority: 1 });
    for (const category of categories) {
      entries.push({
        url: url(paths.category(locale, category.slug)),
        changeFrequency: 'daily',
        priority: 0.6,
      });
    }
    for (const article of articles) {
      // Listing entries do not carry translations; articles that share a documentId are one story.
      const translations = perLocale
        .filter((other) => other.locale !== locale)
        .flatMap((other) =>
          other.articles
            .filter((a) => a.documentId === article.documentId)
            .map((a) => [other.locale, url(paths.article(other.locale, a.slug))]),
        );
      entries.push({
        url: url(paths.article(locale, article.slug)),
        lastModified: article.updatedAt,
        changeFrequency: 'weekly',
        priority: 0.8,
        alternates: translations.length > 0 ? { languages: Object.fromEntries(translations) } : undefined,
      });
    }
  }
  return entries;
}
