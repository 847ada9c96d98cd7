import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@newsroom/cms-client';

/** The `[locale]` segment of a URL, or a real 404 for anything but the site's languages. */
export function localeFrom(raw: string): Locale {
  if (!isLocale(raw)) notFound();
  return raw;
}

/** Strapi's uid alphabet. Anything else cannot be a slug, so it is a 404 without asking the CMS. */
const SLUG = /^[A-Za-z0-9._~-]{1,200}$/;

export function isSlug(raw: string): boolean {
  return SLUG.test(raw);
}

export function slugFrom(raw: string): string {
  if (!isSlug(raw)) notFound();
  return raw;
}
