import type { MetadataRoute } from 'next';
import { LOCALES } from '@newsroom/cms-client';
import { env } from '@/lib/env';
import { absoluteUrl, paths } from '@/lib/paths';

// Read at request time: SITE_URL may differ between the machine that builds and the one that serves.
export const dynamic = 'force-dynamic';

/**
 * Crawlers may read every page except the API (webhook, preview, search JSON) and the status pages that
 * stand in for errors. Search result pages stay crawlable but say `noindex` themselves.
 */
export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = env();
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/api/', ...LOCALES.map((locale) => `/${locale}/status/`)],
      },
    ],
    sitemap: absoluteUrl(paths.sitemap(), siteUrl),
  };
}
