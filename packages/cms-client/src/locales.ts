import { DEFAULT_LOCALE, LOCALES, type Locale } from './domain';

export { DEFAULT_LOCALE, LOCALES, type Locale };

/** Narrows untrusted input (a URL segment, a webhook field) to a locale the site serves. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
