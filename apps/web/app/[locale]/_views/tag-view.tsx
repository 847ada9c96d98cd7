import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from '@newsroom/cms-client';
import { samePageIn } from '@/lib/alternates';
import { cms } from '@/lib/cms';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { renderListing } from './listing-view';

/**
 * One tag page per language under the shared slug, titled with the tag's name in that language and
 * listing that language's articles (the language links and hreflang alternates keep the slug).
 */
async function loadTag(locale: Locale, slug: string) {
  const client = await cms();
  const [tag, categories] = await Promise.all([
    client.getTagBySlug(locale, slug),
    client.listCategories(locale),
  ]);
  if (!tag) notFound();
  return { tag, categories };
}

export async function renderTag(locale: Locale, slug: string, page: number) {
  const { tag, categories } = await loadTag(locale, slug);
  return renderListing({
    locale,
    page,
    title: t(locale).tagTitle(tag.name),
    filter: { tag: tag.slug },
    hrefFor: (n) => paths.tag(locale, tag.slug, n),
    localeLinks: samePageIn((l) => paths.tag(l, tag.slug)),
    categories,
  });
}

export async function tagMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const { tag } = await loadTag(locale, slug);
  return pageMetadata({
    locale,
    title: t(locale).pageTitle(t(locale).tagTitle(tag.name), page),
    path: paths.tag(locale, tag.slug, page),
    localeLinks: samePageIn((l) => paths.tag(l, tag.slug)),
    page,
  });
}
