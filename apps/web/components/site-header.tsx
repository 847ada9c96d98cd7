import Link from 'next/link';
import type { Category, Locale } from '@newsroom/cms-client';
import type { LocaleLink } from '@/lib/alternates';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { LocaleSwitcher } from './locale-switcher';
import { SearchForm } from './search-form';
import styles from './site-header.module.css';

interface SiteHeaderProps {
  locale: Locale;
  /** Sections for the main navigation; empty where they are not known (the error page). */
  categories: Pick<Category, 'slug' | 'name'>[];
  localeLinks: LocaleLink[];
  /** The section being read, marked in the navigation. */
  currentCategory?: string;
}

export function SiteHeader({ locale, categories, localeLinks, currentCategory }: SiteHeaderProps) {
  const text = t(locale);
  return (
    <header className="site-header">
      <div className={`site-header__inner ${styles.inner}`}>
        <div className="site-header__brand">
          <Link href={paths.home(locale)} className={`site-header__name ${styles.name}`}>
            {text.siteName}
          </Link>
          <p className={`site-header__tagline ${styles.tagline}`}>{text.siteTagline}</p>
        </div>
        <div className={`site-header__tools ${styles.tools}`}>
          <div className={`site-header__search ${styles.searchForm}`}>
            <SearchForm locale={locale} />
          </div>
          <a href={paths.search(locale)} className={`site-header__search-link ${styles.searchLink}`}>
            {text.search}
          </a>
          <LocaleSwitcher locale={locale} links={localeLinks} />
        </div>
      </div>
      <nav className={`site-nav ${styles.nav}`} aria-label={text.primaryNav}>
        <ul>
          <li>
            <Link href={paths.home(locale)}>{text.latestNews}</Link>
          </li>
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={paths.category(locale, category.slug)}
                aria-current={category.slug === currentCategory ? 'page' : undefined}
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
