import { paths } from '@/lib/paths';
import { pagedListingParams } from '@/lib/route-params';
import { authorMetadata, renderAuthor } from '../../../../_views/author-view';

// ISR: nothing is rendered at build (the CMS need not be running); each page renders on its first
// request, is cached, and is refreshed by the CMS webhook (cache tags) or, as a safety net, hourly.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; n: string }> };

const resolve = (params: Props['params']) => pagedListingParams(params, paths.author);

export async function generateMetadata({ params }: Props) {
  const { locale, slug, page } = await resolve(params);
  return authorMetadata(locale, slug, page);
}

export default async function AuthorPagedPage({ params }: Props) {
  const { locale, slug, page } = await resolve(params);
  return renderAuthor(locale, slug, page);
}
