import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LOCALES, type Locale } from '@newsroom/cms-client';
import type { LocaleLink } from '@/lib/alternates';
import { cms } from '@/lib/cms';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { renderListing } from './listing-view';

/**
 * A section's slug is shared by its translations, but a section may not be translated yet: the language
 * links go to the section where it exists and to that language's home page otherwise.
 */
async function loadCategory(locale: Locale, slug: string) {
  const client = await cms();
  const [categories, ...versions] = await Promise.all([
    client.listCategories(locale),
    ...LOCALES.map((l) => client.getCategoryBySlug(l, slug)),
  ]);
  const category = versions[LOCALES.indexOf(locale)];
  if (!category) notFound();
  const localeLinks: LocaleLink[] = LOCALES.map((l, i) =>
    versions[i]
      ? { locale: l, href: paths.category(l, slug), sameContent: true }
      : { locale: l, href: paths.home(l), sameContent: false, missing: 'page' as const },
  );
  return { category, categories, localeLinks };
}

export async function renderCategory(locale: Locale, slug: string, page: number) {
  const { category, categories, localeLinks } = await loadCategory(locale, slug);
  return renderListing({
    locale,
    page,
    title: t(locale).categoryTitle(category.name),
    description: category.description,
    filter: { category: category.slug },
    hrefFor: (n) => paths.category(locale, category.slug, n),
    localeLinks,
    categories,
    currentCategory: category.slug,
  });
}

export async function categoryMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const { category, localeLinks } = await loadCategory(locale, slug);
  return pageMetadata({
    locale,
    title: t(locale).pageTitle(category.name, page),
    description: category.description,
    path: paths.category(locale, category.slug, page),
    localeLinks,
    page,
    feeds: [{ url: paths.categoryFeed(locale, category.slug), title: t(locale).feedTitle(category.name) }],
  });
}
