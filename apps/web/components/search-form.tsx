import type { FormEvent } from 'react';
import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { MAX_SEARCH_LENGTH } from '@/lib/search-query';

/**
 * A plain GET form: searching works without JavaScript and every result page has its own URL. The live
 * search on the search page passes `value`, `onValueChange` and `onSubmit` to drive the same form.
 */
interface SearchFormProps {
  locale: Locale;
  query?: string;
  id?: string;
  /** Names the search landmark; two on one page (header and search page) need different names. */
  label?: string;
  value?: string;
  onValueChange?: (value: string) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** The id of the region the field updates. */
  controls?: string;
}

export function SearchForm({
  locale,
  query = '',
  id = 'site-search',
  label,
  value,
  onValueChange,
  onSubmit,
  controls,
}: SearchFormProps) {
  const text = t(locale);
  const field =
    value === undefined
      ? { defaultValue: query }
      : { value, onChange: (event: { target: { value: string } }) => onValueChange?.(event.target.value) };
  return (
    <form
      className="search-form"
      role="search"
      aria-label={label ?? text.searchLabel}
      action={paths.search(locale)}
      method="get"
      onSubmit={onSubmit}
    >
      <label htmlFor={id} className="visually-hidden">
        {text.searchLabel}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        maxLength={MAX_SEARCH_LENGTH}
        autoComplete="off"
        aria-controls={controls}
        {...field}
      />
      <button type="submit" className="button">
        {text.search}
      </button>
    </form>
  );
}
