'use client';

import { isCmsUnavailableDigest } from '@/lib/cms-unavailable-digest';
import { t } from '@/lib/i18n';
import './globals.css';

/**
 * Last resort, when the root layout itself fails. It replaces the whole document, so it brings its own
 * <html>; it speaks both languages because the failing layout is what knew the language.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const unavailable = isCmsUnavailableDigest(error);
  return (
    <html lang="en">
      <body>
        <main id="main-content" className="site-main">
          <section className="status-page" aria-labelledby="status-title">
            <h1 id="status-title">{unavailable ? t('en').unavailableTitle : t('en').errorTitle}</h1>
            <p>{unavailable ? t('en').unavailableBody : t('en').errorBody}</p>
            <p lang="es">{unavailable ? t('es').unavailableBody : t('es').errorBody}</p>
            <p className="status-page__actions">
              <button type="button" className="button" onClick={() => retry()}>
                {t('en').tryAgain} · <span lang="es">{t('es').tryAgain}</span>
              </button>
            </p>
            <p className="status-page__crisis">{t('en').crisisNote}</p>
          </section>
        </main>
      </body>
    </html>
  );
}
