import { DEFAULT_LOCALE, LOCALES, type Locale } from '@newsroom/cms-client';

/**
 * Picks the site language a reader's browser prefers from an Accept-Language header
 * ("es-MX,es;q=0.9,en;q=0.5" → "es"). Quality values are honoured, region subtags match their language,
 * and anything unusable falls back to the default locale.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return {
        language: range.trim().toLowerCase().split('-')[0] ?? '',
        q: Number.isFinite(q) ? q : 0,
        index,
      };
    })
    .filter((entry) => entry.q > 0 && entry.language !== '')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of ranked) {
    const match = LOCALES.find((locale) => locale === language);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
