/**
 * @jest-environment node
 */
import { DEFAULT_LOCALE, LOCALES } from '@newsroom/cms-client';
import { FALLBACK_LOCALE, formatDate, isSiteLocale, SITE_LOCALES, t } from '@/lib/i18n';

describe('i18n', () => {
  it('has words for exactly the languages the CMS client serves, and the same default', () => {
    expect(SITE_LOCALES).toEqual([...LOCALES]);
    expect(FALLBACK_LOCALE).toBe(DEFAULT_LOCALE);
    expect(isSiteLocale('es')).toBe(true);
    expect(isSiteLocale('fr')).toBe(false);
    expect(isSiteLocale(undefined)).toBe(false);
  });

  it('formats dates per language, in UTC (the day never shifts with the server’s time zone)', () => {
    expect(formatDate('2026-03-31T23:30:00.000Z', 'en')).toBe('31 March 2026');
    expect(formatDate('2026-03-31T23:30:00.000Z', 'es')).toBe('31 de marzo de 2026');
    expect(formatDate('not a date', 'en')).toBe('');
  });

  it('pluralises nothing by accident: reading time and page labels are whole phrases', () => {
    expect(t('en').readingTime(1)).toBe('1 min read');
    expect(t('es').pageOf(2, 5)).toBe('Página 2 de 5');
    expect(t('en').pageTitle('Community', 1)).toBe('Community');
    expect(t('en').pageTitle('Community', 3)).toBe('Community — page 3');
  });
});
