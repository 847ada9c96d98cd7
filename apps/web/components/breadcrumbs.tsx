import Link from 'next/link';
import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';

export interface Crumb {
  label: string;
  /** Omitted for the page being read. */
  href?: string;
}

export function Breadcrumbs({ locale, items }: { locale: Locale; items: Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label={t(locale).breadcrumbs}>
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            {item.href ? (
              <Link href={item.href}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
