import type { Locale } from '@newsroom/cms-client';
import type { LocaleLink } from '@/lib/alternates';
import { LANGUAGE_NAMES, t } from '@/lib/i18n';
import styles from './locale-switcher.module.css';

/**
 * A plain list of links, rendered on the server: it works without JavaScript and each link is a real URL.
 * When this page has no version in a language (an untranslated article), that language opens a short
 * note in it instead ("Este artículo solo está en inglés") with a link to its home page, so the reader
 * is never dropped on another page without knowing why. <details> needs no script.
 */
export function LocaleSwitcher({ locale, links }: { locale: Locale; links: LocaleLink[] }) {
  return (
    <nav className="locale-switcher" aria-label={t(locale).languageNav}>
      <ul>
        {links.map((link) => {
          const other = t(link.locale);
          if (link.locale === locale)
            return (
              <li key={link.locale}>
                <span aria-current="true" lang={link.locale}>
                  {LANGUAGE_NAMES[link.locale]}
                </span>
              </li>
            );
          if (!link.sameContent)
            return (
              <li key={link.locale} className={styles.item}>
                <details className={styles.details} lang={link.locale}>
                  <summary className={styles.summary}>{LANGUAGE_NAMES[link.locale]}</summary>
                  <p className={`locale-switcher__note ${styles.note}`}>
                    {link.missing === 'article' ? other.articleOnlyIn(locale) : other.pageOnlyIn(locale)}.{' '}
                    <a href={link.href} hrefLang={link.locale}>
                      {other.homeInLanguage}
                    </a>
                  </p>
                </details>
              </li>
            );
          return (
            <li key={link.locale}>
              <a href={link.href} lang={link.locale} hrefLang={link.locale} title={other.readInLanguage}>
                {LANGUAGE_NAMES[link.locale]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
