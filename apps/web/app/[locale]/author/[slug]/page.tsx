import { localeFrom, slugFrom } from '@/lib/locale';
import { authorMetadata, renderAuthor } from '../../_views/author-view';

// ISR: nothing is rendered at build (the CMS need not be running); each page renders on its first
// request, is cached, and is refreshed by the CMS webhook (cache tags) or, as a safety net, hourly.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  return authorMetadata(localeFrom(locale), slugFrom(slug), 1);
}

export default async function AuthorPage({ params }: Props) {
  const { locale, slug } = await params;
  return renderAuthor(localeFrom(locale), slugFrom(slug), 1);
}
