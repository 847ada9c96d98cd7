import type { ReactNode } from 'react';
import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/**
 * What a reader sees when the content service cannot be reached and the page was never cached: a calm
 * explanation and a way forward, never a stack trace. `action` is the error boundary's retry button.
 */
export function CmsUnavailable({ locale, action }: { locale: Locale; action?: ReactNode }) {
  const text = t(locale);
  return (
    <section className="status-page" aria-labelledby="status-title">
      <h1 id="status-title">{text.unavailableTitle}</h1>
      <p>{text.unavailableBody}</p>
      <p className="status-page__actions">
        {action}
        <a href={paths.home(locale)}>{text.latestNews}</a>
      </p>
    </section>
  );
}
