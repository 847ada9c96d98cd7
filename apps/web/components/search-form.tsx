import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/** A plain GET form: searching works without JavaScript and every result page has its own URL. */
interface SearchFormProps {
  locale: Locale;
  query?: string;
  id?: string;
  /** Names the search landmark; two on one page (header and search page) need different names. */
  label?: string;
}

export function SearchForm({ locale, query = '', id = 'site-search', label }: SearchFormProps) {
  const text = t(locale);
  return (
    <form
      className="search-form"
      role="search"
      aria-label={label ?? text.searchLabel}
      action={paths.search(locale)}
      method="get"
    >
      <label htmlFor={id} className="visually-hidden">
        {text.searchLabel}
      </label>
      <input id={id} name="q" type="search" defaultValue={query} maxLength={100} autoComplete="off" />
      <button type="submit" className="button">
        {text.search}
      </button>
    </form>
  );
}
