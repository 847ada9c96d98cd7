import { connection } from 'next/server';
import { isLocale } from '@newsroom/cms-client';
import { cms } from '@/lib/cms';
import { env } from '@/lib/env';
import { articleFeed, FEED_SIZE } from '@/lib/feeds';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { plainResponse, unlessCmsUnavailable, xmlResponse } from '@/lib/route-responses';

/**
 * /en/feed.xml — RSS 2.0 of the latest articles in one language, each with its full text. Built per request from the CMS data
 * cache: the fetch is tagged `articles:<locale>`, so a publish refreshes the feed like the home page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const { locale } = await params;
  if (!isLocale(locale)) return plainResponse('Not found', 404);
  return unlessCmsUnavailable(async () => {
    const text = t(locale);
    const latest = await (await cms()).listFullArticles({ locale, page: 1, pageSize: FEED_SIZE });
    const body = articleFeed({
      locale,
      siteUrl: env().siteUrl,
      mediaUrl: env().cmsMediaUrl,
      title: text.feedTitle(text.latestNews),
      description: text.siteTagline,
      pagePath: paths.home(locale),
      feedPath: paths.feed(locale),
      articles: latest.items,
    });
    return xmlResponse(body, 'application/rss+xml');
  });
}
