import type { MetadataRoute } from 'next';
import { LOCALES } from '@newsroom/cms-client';
import { env } from '@/lib/env';
import { absoluteUrl } from '@/lib/paths';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = env();
  return {
    rules: [
      { userAgent: '*', allow: '/', disallow: ['/api/', ...LOCALES.map((locale) => `/${locale}/status/`)] },
    ],
    sitemap: absoluteUrl('/sitemap.xml', siteUrl),
  };
}
