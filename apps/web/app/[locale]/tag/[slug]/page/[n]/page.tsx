import { paths } from '@/lib/paths';
import { pagedListingParams } from '@/lib/route-params';
import { tagMetadata, renderTag } from '../../../../_views/tag-view';

// ISR: nothing is rendered at build (the CMS need not be running); each page renders on its first
// request, is cached, and is refreshed by the CMS webhook (cache tags) or, as a safety net, hourly.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; n: string }> };

const resolve = (params: Props['params']) => pagedListingParams(params, paths.tag);

export async function generateMetadata({ params }: Props) {
  const { locale, slug, page } = await resolve(params);
  return tagMetadata(locale, slug, page);
}

export default async function TagPagedPage({ params }: Props) {
  const { locale, slug, page } = await resolve(params);
  return renderTag(locale, slug, page);
}
