import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Locale } from '@newsroom/cms-client';
import { AdjacentArticles } from '@/components/adjacent-articles';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { PageShell } from '@/components/page-shell';
import { RelatedArticles } from '@/components/related-articles';
import { ResponsiveImage } from '@/components/responsive-image';
import { ReviewLine } from '@/components/review-line';
import { ShareLinks } from '@/components/share-links';
import { TableOfContents } from '@/components/table-of-contents';
import { articleLocaleLinks } from '@/lib/alternates';
import { MIN_TOC_ENTRIES, prepareBody } from '@/lib/blocks';
import { cms } from '@/lib/cms';
import { env } from '@/lib/env';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl, paths } from '@/lib/paths';
import { breadcrumbLd, newsArticleLd } from '@/lib/structured-data';

const RELATED_COUNT = 3;

async function loadArticle(locale: Locale, slug: string) {
  const client = await cms();
  const article = await client.getArticleBySlug(locale, slug);
  if (!article) notFound();
  return { client, article };
}

export async function renderArticle(locale: Locale, slug: string) {
  const { client, article } = await loadArticle(locale, slug);
  const [categories, related, adjacent] = await Promise.all([
    client.listCategories(locale),
    client.getRelatedArticles(article, RELATED_COUNT),
    client.getAdjacentArticles(article),
  ]);
  const { siteUrl, cmsMediaUrl } = env();
  const text = t(locale);
  const body = prepareBody(article.body, cmsMediaUrl);
  const url = absoluteUrl(paths.article(locale, article.slug), siteUrl);
  const crumbs = [
    { label: text.home, href: paths.home(locale) },
    ...(article.category
      ? [{ label: article.category.name, href: paths.category(locale, article.category.slug) }]
      : []),
  ];

  return (
    <PageShell
      locale={locale}
      categories={categories}
      localeLinks={articleLocaleLinks(article)}
      currentCategory={article.category?.slug}
    >
      <article className="article" aria-labelledby="article-title">
        <header className="article__header">
          <Breadcrumbs locale={locale} items={[...crumbs, { label: article.title }]} />
          {article.category && (
            <p className="kicker">
              <Link href={paths.category(locale, article.category.slug)}>{article.category.name}</Link>
            </p>
          )}
          <h1 id="article-title" className="article__title">
            {article.title}
          </h1>
          {article.excerpt && <p className="article__standfirst">{article.excerpt}</p>}
          <ArticleMeta article={article} locale={locale} updatedOn={article.materiallyUpdatedAt} />
          {article.review && <ReviewLine review={article.review} locale={locale} />}
        </header>

        {article.cover && (
          <figure className="article__cover">
            <ResponsiveImage
              src={article.cover.url}
              alt={article.cover.alternativeText || text.coverAltFallback(article.title)}
              width={article.cover.width}
              height={article.cover.height}
              sizes="(min-width: 62rem) 58rem, 100vw"
              lcp
            />
          </figure>
        )}

        {body.toc.length >= MIN_TOC_ENTRIES && <TableOfContents entries={body.toc} locale={locale} />}

        <ArticleBody blocks={body.blocks} siteUrl={siteUrl} />

        <footer className="article__footer">
          {article.tags.length > 0 && (
            <section className="article__tags" aria-labelledby="tags-title">
              <h2 id="tags-title">{text.tags}</h2>
              <ul>
                {article.tags.map((tag) => (
                  <li key={tag.documentId}>
                    <Link href={paths.tag(locale, tag.slug)}>{tag.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ShareLinks locale={locale} url={url} title={article.title} imageUrl={article.cover?.url} />
          <p className="back-to-top">
            <a href="#top">
              <span aria-hidden="true">↑ </span>
              {text.backToTop}
            </a>
          </p>
        </footer>
      </article>
      <AdjacentArticles locale={locale} previous={adjacent.previous} next={adjacent.next} />
      <RelatedArticles articles={related} locale={locale} />
      <JsonLd data={newsArticleLd(article, siteUrl)} />
      <JsonLd
        data={breadcrumbLd(
          [
            ...crumbs.map((crumb) => ({ name: crumb.label, path: crumb.href })),
            { name: article.title, path: paths.article(locale, article.slug) },
          ],
          siteUrl,
        )}
      />
    </PageShell>
  );
}

export async function articleMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const { article } = await loadArticle(locale, slug);
  const title = article.seo?.metaTitle?.trim() || article.title;
  const base = pageMetadata({
    locale,
    title,
    description: article.seo?.metaDescription?.trim() || article.excerpt,
    path: paths.article(locale, article.slug),
    localeLinks: articleLocaleLinks(article),
    image: article.seo?.shareImage ?? article.cover,
  });
  return {
    ...base,
    authors: article.author
      ? [{ name: article.author.name, url: paths.author(locale, article.author.slug) }]
      : undefined,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: article.materiallyUpdatedAt ?? article.publishedAt,
      authors: article.author ? [paths.author(locale, article.author.slug)] : undefined,
      section: article.category?.name,
      tags: article.tags.map((tag) => tag.name),
    },
  };
}
