import { locale as rootLocale } from 'next/root-params';
import Link from 'next/link';
import { DEFAULT_LOCALE, isLocale } from '@newsroom/cms-client';
import { PageShell } from '@/components/page-shell';
import { samePageIn } from '@/lib/alternates';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/**
 * Shown (with a real 404 status) for an unknown article, section, author, tag or page number. It asks
 * nothing of the CMS, so it works even when the CMS is down.
 */
export default async function NotFound() {
  const raw = await rootLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const text = t(locale);
  return (
    <PageShell locale={locale} categories={[]} localeLinks={samePageIn((l) => paths.home(l))}>
      <section className="status-page" aria-labelledby="status-title">
        <p className="status-page__code">404</p>
        <h1 id="status-title">{text.notFoundTitle}</h1>
        <p>{text.notFoundBody}</p>
        <ul className="status-page__links">
          <li>
            <Link href={paths.home(locale)}>{text.latestNews}</Link>
          </li>
        </ul>
        <p className="status-page__crisis">{text.crisisNote}</p>
      </section>
    </PageShell>
  );
}
