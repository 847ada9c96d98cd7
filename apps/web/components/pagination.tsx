import Link from 'next/link';
import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';

interface PaginationProps {
  locale: Locale;
  page: number;
  pageCount: number;
  /** The URL of any page of this listing. */
  hrefFor: (page: number) => string;
}

/**
 * Page numbers shown: the first, the last, and two either side of the current one, with gaps ("…")
 * between. For 20 pages on page 9: 1 … 7 8 9 10 11 … 20.
 */
export function visiblePages(page: number, pageCount: number): Array<number | 'gap'> {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous > 1) out.push(n - previous === 2 ? n - 1 : 'gap');
    out.push(n);
  });
  return out;
}

export function Pagination({ locale, page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const text = t(locale);
  return (
    <nav className="pagination" aria-label={text.pagination}>
      <p className="pagination__status">{text.pageOf(page, pageCount)}</p>
      <ul>
        {page > 1 && (
          <li className="pagination__step">
            <Link href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>
              {text.previousPage}
            </Link>
          </li>
        )}
        {visiblePages(page, pageCount).map((entry, index) =>
          entry === 'gap' ? (
            <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link href={hrefFor(entry)} aria-current={entry === page ? 'page' : undefined}>
                <span className="visually-hidden">{text.pageOf(entry, pageCount)}</span>
                <span aria-hidden="true">{entry}</span>
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li className="pagination__step">
            <Link href={hrefFor(page + 1)} rel="next">
              {text.nextPage}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
