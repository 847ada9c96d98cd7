import { localeFrom, slugFrom } from '@/lib/locale';
import { tagMetadata, renderTag } from '../../_views/tag-view';

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
  return tagMetadata(localeFrom(locale), slugFrom(slug), 1);
}

export default async function TagPage({ params }: Props) {
  const { locale, slug } = await params;
  return renderTag(localeFrom(locale), slugFrom(slug), 1);
}
