import type { ReactNode } from 'react';
import type { Category, Locale } from '@newsroom/cms-client';
import type { LocaleLink } from '@/lib/alternates';
import { SiteHeader } from './site-header';

interface PageShellProps {
  locale: Locale;
  categories: Pick<Category, 'slug' | 'name'>[];
  localeLinks: LocaleLink[];
  currentCategory?: string;
  children: ReactNode;
}

/**
 * Header and main landmark of every page. Pages render it (not the layout) because the language links
 * depend on the page: an article links to its own translation.
 */
export function PageShell({ locale, categories, localeLinks, currentCategory, children }: PageShellProps) {
  return (
    <>
      <SiteHeader
        locale={locale}
        categories={categories}
        localeLinks={localeLinks}
        currentCategory={currentCategory}
      />
      <main id="main-content" className="site-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
