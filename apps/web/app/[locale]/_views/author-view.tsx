import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from '@newsroom/cms-client';
import { samePageIn } from '@/lib/alternates';
import { ResponsiveImage } from '@/components/responsive-image';
import { cms } from '@/lib/cms';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { renderListing } from './listing-view';

/** Authors are not translated: the same author page exists in every language, listing that language's articles. */
async function loadAuthor(locale: Locale, slug: string) {
  const client = await cms();
  const [author, categories] = await Promise.all([
    client.getAuthorBySlug(slug),
    client.listCategories(locale),
  ]);
  if (!author) notFound();
  return { author, categories };
}

export async function renderAuthor(locale: Locale, slug: string, page: number) {
  const { author, categories } = await loadAuthor(locale, slug);
  return renderListing({
    locale,
    page,
    title: t(locale).authorTitle(author.name),
    description: author.bio,
    filter: { author: author.slug },
    hrefFor: (n) => paths.author(locale, author.slug, n),
    localeLinks: samePageIn((l) => paths.author(l, author.slug)),
    categories,
    intro: author.avatar ? (
      <ResponsiveImage
        className="listing-header__avatar"
        src={author.avatar.url}
        alt={author.avatar.alternativeText || author.name}
        width={96}
        height={96}
        sizes="96px"
      />
    ) : null,
  });
}

export async function authorMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const { author } = await loadAuthor(locale, slug);
  return pageMetadata({
    locale,
    title: t(locale).pageTitle(author.name, page),
    description: author.bio,
    path: paths.author(locale, author.slug, page),
    localeLinks: samePageIn((l) => paths.author(l, author.slug)),
    page,
  });
}
