import type { Locale } from '@newsroom/cms-client';
import type { LocaleLink } from '@/lib/alternates';
import { LANGUAGE_NAMES, t } from '@/lib/i18n';

/**
 * A plain list of links, rendered on the server: it works without JavaScript and each link is a real URL
 * (the translation of this page, or the other language's home when there is none).
 */
export function LocaleSwitcher({ locale, links }: { locale: Locale; links: LocaleLink[] }) {
  return (
    <nav className="locale-switcher" aria-label={t(locale).languageNav}>
      <ul>
        {links.map((link) =>
          link.locale === locale ? (
            <li key={link.locale}>
              <span aria-current="true" lang={link.locale}>
                {LANGUAGE_NAMES[link.locale]}
              </span>
            </li>
          ) : (
            <li key={link.locale}>
              <a
                href={link.href}
                lang={link.locale}
                hrefLang={link.locale}
                title={t(link.locale).readInLanguage}
              >
                {LANGUAGE_NAMES[link.locale]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
