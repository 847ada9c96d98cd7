import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LOCALES, type Locale } from '@newsroom/cms-client';
import { CmsUnavailable } from '@/components/cms-unavailable';
import { ErrorMessage } from '@/components/error-message';
import { NotFoundMessage } from '@/components/not-found-message';
import { PageShell } from '@/components/page-shell';
import { samePageIn } from '@/lib/alternates';
import { t } from '@/lib/i18n';
import { localeFrom } from '@/lib/locale';
import { paths } from '@/lib/paths';

/**
 * Fully static status pages, built without the CMS. server.mjs serves them in place of the empty HTML
 * shell Next 16 sends when a page calls notFound() or throws (the branded content would otherwise exist
 * only for readers with JavaScript), with the real status code: 404, 503 (CMS unreachable) or 500.
 * Reached directly they are harmless, and kept out of search engines.
 */
const KINDS = ['not-found', 'unavailable', 'error'] as const;
type Kind = (typeof KINDS)[number];

export const dynamicParams = false;
export const revalidate = false;

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => KINDS.map((kind) => ({ locale, kind })));
}

type Props = { params: Promise<{ locale: string; kind: string }> };

function kindFrom(raw: string): Kind {
  const kind = KINDS.find((k) => k === raw);
  if (!kind) notFound();
  return kind;
}

function titleFor(locale: Locale, kind: Kind): string {
  const text = t(locale);
  return kind === 'not-found'
    ? text.notFoundTitle
    : kind === 'unavailable'
      ? text.unavailableTitle
      : text.errorTitle;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, kind } = await params;
  return { title: titleFor(localeFrom(locale), kindFrom(kind)), robots: { index: false, follow: false } };
}

export default async function StatusPage({ params }: Props) {
  const raw = await params;
  const locale = localeFrom(raw.locale);
  const kind = kindFrom(raw.kind);
  // href="" is the address in the reader's browser: the page that failed, not this one.
  const retry = (
    <a href="" className="button">
      {t(locale).tryAgain}
    </a>
  );
  return (
    <PageShell locale={locale} categories={[]} localeLinks={samePageIn((l) => paths.home(l))}>
      {kind === 'not-found' && <NotFoundMessage locale={locale} />}
      {kind === 'unavailable' && <CmsUnavailable locale={locale} action={retry} />}
      {kind === 'error' && <ErrorMessage locale={locale} action={retry} />}
    </PageShell>
  );
}
