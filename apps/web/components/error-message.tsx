import type { ReactNode } from 'react';
import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/** The body of an unexpected error: an apology and a way on, never technical detail. */
export function ErrorMessage({ locale, action }: { locale: Locale; action?: ReactNode }) {
  const text = t(locale);
  return (
    <section className="status-page" aria-labelledby="status-title">
      <h1 id="status-title">{text.errorTitle}</h1>
      <p>{text.errorBody}</p>
      <p className="status-page__actions">
        {action}
        <a href={paths.home(locale)}>{text.latestNews}</a>
      </p>
    </section>
  );
}
