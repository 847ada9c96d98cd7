'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import { CmsUnavailable } from '@/components/cms-unavailable';
import { ErrorMessage } from '@/components/error-message';
import { PageShell } from '@/components/page-shell';
import { samePageIn } from '@/lib/alternates';
import { isCmsUnavailableDigest } from '@/lib/cms-unavailable-digest';
import { FALLBACK_LOCALE, isSiteLocale, t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/**
 * The error boundary for every page, used when the browser renders (client navigation). In production the
 * browser receives only the error's digest, never its message or stack, which is enough to tell "the CMS
 * is unreachable" from anything else. A first full page load gets the server-rendered equivalent from
 * server.mjs (/[locale]/status/unavailable or /error), with HTTP 503 or 500.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = isSiteLocale(params?.locale) ? params.locale : FALLBACK_LOCALE;

  useEffect(() => {
    console.error(error);
  }, [error]);

  const retryButton = (
    <button type="button" className="button" onClick={() => retry()}>
      {t(locale).tryAgain}
    </button>
  );

  return (
    <PageShell locale={locale} categories={[]} localeLinks={samePageIn((l) => paths.home(l))}>
      {isCmsUnavailableDigest(error) ? (
        <CmsUnavailable locale={locale} action={retryButton} />
      ) : (
        <ErrorMessage locale={locale} action={retryButton} />
      )}
    </PageShell>
  );
}
