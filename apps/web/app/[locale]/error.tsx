'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import { DEFAULT_LOCALE, isLocale } from '@newsroom/cms-client';
import { CmsUnavailable } from '@/components/cms-unavailable';
import { PageShell } from '@/components/page-shell';
import { samePageIn } from '@/lib/alternates';
import { isCmsUnavailableDigest } from '@/lib/cms-unavailable-digest';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/**
 * The error boundary for every page. In production the browser receives only the error's digest (never
 * its message or stack), which is enough to tell "the CMS is unreachable" from anything else.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
  const text = t(locale);

  useEffect(() => {
    console.error(error);
  }, [error]);

  const retryButton = (
    <button type="button" className="button" onClick={() => retry()}>
      {text.tryAgain}
    </button>
  );

  return (
    <PageShell locale={locale} categories={[]} localeLinks={samePageIn((l) => paths.home(l))}>
      {isCmsUnavailableDigest(error) ? (
        <CmsUnavailable locale={locale} action={retryButton} />
      ) : (
        <section className="status-page" aria-labelledby="status-title">
          <h1 id="status-title">{text.errorTitle}</h1>
          <p>{text.errorBody}</p>
          <p className="status-page__actions">
            {retryButton}
            <a href={paths.home(locale)}>{text.latestNews}</a>
          </p>
          <p className="status-page__crisis">{text.crisisNote}</p>
        </section>
      )}
    </PageShell>
  );
}
