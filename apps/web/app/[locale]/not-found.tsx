import { locale as rootLocale } from 'next/root-params';
import { DEFAULT_LOCALE, isLocale } from '@newsroom/cms-client';
import { NotFoundMessage } from '@/components/not-found-message';
import { PageShell } from '@/components/page-shell';
import { samePageIn } from '@/lib/alternates';
import { paths } from '@/lib/paths';

/**
 * Rendered with a 404 for an unknown article, section, author, tag or page number. It asks nothing of
 * the CMS, so it works while the CMS is down. (Next 16 sends this only in the RSC payload of a
 * notFound() response; server.mjs swaps in the server-rendered /[locale]/status/not-found page so the
 * HTML is complete without JavaScript.)
 */
export default async function NotFound() {
  const raw = await rootLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  return (
    <PageShell locale={locale} categories={[]} localeLinks={samePageIn((l) => paths.home(l))}>
      <NotFoundMessage locale={locale} />
    </PageShell>
  );
}
