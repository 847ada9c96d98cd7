import { localeFrom } from '@/lib/locale';
import { pageNumberFrom } from '@/lib/pagination';
import { paths } from '@/lib/paths';
import { homeMetadata, renderHome } from '../../_views/home-view';

// ISR: nothing is rendered at build (the CMS need not be running); each page renders on its first
// request, is cached, and is refreshed by the CMS webhook (cache tags) or, as a safety net, hourly.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; n: string }> };

async function resolve(params: Props['params']) {
  const { locale: rawLocale, n } = await params;
  const locale = localeFrom(rawLocale);
  return { locale, page: pageNumberFrom(n, paths.home(locale)) };
}

export async function generateMetadata({ params }: Props) {
  const { locale, page } = await resolve(params);
  return homeMetadata(locale, page);
}

export default async function HomePagedPage({ params }: Props) {
  const { locale, page } = await resolve(params);
  return renderHome(locale, page);
}
