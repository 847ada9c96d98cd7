import { connection } from 'next/server';
import { isLocale } from '@newsroom/cms-client';
import { cms } from '@/lib/cms';
import { env } from '@/lib/env';
import { articleFeed, FEED_SIZE } from '@/lib/feeds';
import { t } from '@/lib/i18n';
import { isSlug } from '@/lib/locale';
import { paths } from '@/lib/paths';
import { plainResponse, unlessCmsUnavailable, xmlResponse } from '@/lib/route-responses';

/**
 * /en/category/<slug>/feed.xml — the latest articles of one section, each with its full text. Its fetches carry the section's
 * cache tag as well as `articles:<locale>`, so publishing into the section refreshes it.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  await connection();
  const { locale, slug } = await params;
  if (!isLocale(locale) || !isSlug(slug)) return plainResponse('Not found', 404);
  return unlessCmsUnavailable(async () => {
    const client = await cms();
    const category = await client.getCategoryBySlug(locale, slug);
    if (!category) return plainResponse('Not found', 404);
    const latest = await client.listFullArticles({
      locale,
      page: 1,
      pageSize: FEED_SIZE,
      category: category.slug,
    });
    const body = articleFeed({
      locale,
      siteUrl: env().siteUrl,
      mediaUrl: env().cmsMediaUrl,
      title: t(locale).feedTitle(category.name),
      description: category.description?.trim() || t(locale).siteTagline,
      pagePath: paths.category(locale, category.slug),
      feedPath: paths.categoryFeed(locale, category.slug),
      articles: latest.items,
    });
    return xmlResponse(body, 'application/rss+xml');
  });
}
