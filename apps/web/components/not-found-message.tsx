import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/** The body of every "page not found" answer. Asks nothing of the CMS. */
export function NotFoundMessage({ locale }: { locale: Locale }) {
  const text = t(locale);
  return (
    <section className="status-page" aria-labelledby="status-title">
      <p className="status-page__code">404</p>
      <h1 id="status-title">{text.notFoundTitle}</h1>
      <p>{text.notFoundBody}</p>
      <ul className="status-page__links">
        <li>
          <a href={paths.home(locale)}>{text.latestNews}</a>
        </li>
      </ul>
    </section>
  );
}
