import 'server-only';
import type { HelpBanner, Locale } from '@newsroom/cms-client';
import { cms } from './cms';
import { t } from './i18n';

/**
 * The help-now banner of a language, for the root layout (so every page shows it). Help must never
 * disappear because the CMS is unreachable: the layout wraps error pages too, so instead of failing
 * it falls back to the site's generic crisis line (no phone number) until the CMS answers again.
 */
export async function loadHelpBanner(locale: Locale): Promise<HelpBanner | null> {
  try {
    return await (await cms()).getHelpBanner(locale);
  } catch {
    return { locale, message: t(locale).crisisNote, phoneNumber: null, phoneHref: null, link: null };
  }
}
