import { localeFrom } from '@/lib/locale';
import { homeMetadata, renderHome } from './_views/home-view';

// ISR: nothing is rendered at build (the CMS need not be running); each page renders on its first
// request, is cached, and is refreshed by the CMS webhook (cache tags) or, as a safety net, hourly.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return homeMetadata(localeFrom((await params).locale), 1);
}

export default async function HomePage({ params }: Props) {
  return renderHome(localeFrom((await params).locale), 1);
}
