import type { Metadata } from 'next';
import type { Locale } from '@newsroom/cms-client';
import { ArticleList } from '@/components/article-list';
import { JsonLd } from '@/components/json-ld';
import { LeadStory } from '@/components/lead-story';
import { PageShell } from '@/components/page-shell';
import { Pagination } from '@/components/pagination';
import { samePageIn } from '@/lib/alternates';
import { cms } from '@/lib/cms';
import { env } from '@/lib/env';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { assertPageExists, PAGE_SIZE } from '@/lib/pagination';
import { paths } from '@/lib/paths';
import { websiteLd } from '@/lib/structured-data';

/** The latest news: the newest article as the lead story, then the rest, newest first, page by page. */
export async function renderHome(locale: Locale, page: number) {
  const client = await cms();
  const [categories, listing] = await Promise.all([
    client.listCategories(locale),
    client.listArticles({ locale, page, pageSize: PAGE_SIZE }),
  ]);
  assertPageExists(page, listing.pageCount);
  const text = t(locale);
  const [lead, ...rest] = listing.items;
  const showLead = page === 1 && lead !== undefined;

  return (
    <PageShell locale={locale} categories={categories} localeLinks={samePageIn((l) => paths.home(l))}>
      <h1 className={page === 1 ? 'visually-hidden' : 'listing-title'}>
        {text.pageTitle(text.latestNews, page)}
      </h1>
      {showLead && <LeadStory article={lead} locale={locale} />}
      <section aria-labelledby={showLead ? 'more-news' : undefined} className="listing">
        {showLead && (
          <h2 id="more-news" className="section-title">
            {text.moreNews}
          </h2>
        )}
        {showLead ? (
          rest.length > 0 && <ArticleList articles={rest} locale={locale} headingLevel={3} />
        ) : (
          <ArticleList articles={listing.items} locale={locale} headingLevel={2} firstIsLcp />
        )}
      </section>
      <Pagination
        locale={locale}
        page={page}
        pageCount={listing.pageCount}
        hrefFor={(n) => paths.home(locale, n)}
      />
      {page === 1 && <JsonLd data={websiteLd(locale, env().siteUrl)} />}
    </PageShell>
  );
}

export function homeMetadata(locale: Locale, page: number): Metadata {
  const text = t(locale);
  return pageMetadata({
    locale,
    title: page === 1 ? text.latestNews : text.pageTitle(text.latestNews, page),
    path: paths.home(locale, page),
    localeLinks: samePageIn((l) => paths.home(l)),
    page,
    // "/" sends each reader to their own language: the right target for everyone else.
    xDefault: '/',
  });
}
