import type { Metadata } from 'next';
import { LOCALES } from '@newsroom/cms-client';
import { LANGUAGE_NAMES, t } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { inter, literata } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: 'Page not found · Página no encontrada',
  robots: { index: false },
};

/**
 * For URLs outside every language ("/fr/…", "/wp-login.php"): there is no language to choose from, so the
 * page speaks both. Rendered without the CMS.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en" className={`${literata.variable} ${inter.variable}`}>
      <body>
        <main id="main-content" className="site-main">
          <section className="status-page" aria-labelledby="status-title">
            <p className="status-page__code">404</p>
            <h1 id="status-title">{t('en').notFoundTitle}</h1>
            <p lang="es" className="status-page__translation">
              {t('es').notFoundTitle}
            </p>
            <ul className="status-page__links">
              {LOCALES.map((locale) => (
                <li key={locale} lang={locale}>
                  <a href={paths.home(locale)}>
                    {t(locale).latestNews} ({LANGUAGE_NAMES[locale]})
                  </a>
                </li>
              ))}
            </ul>
            <p className="status-page__crisis">{t('en').crisisNote}</p>
            <p className="status-page__crisis" lang="es">
              {t('es').crisisNote}
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
