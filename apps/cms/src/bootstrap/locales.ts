import type { Core } from '@strapi/strapi';

/** The site's languages. The first one is the default locale (where a request without ?locale goes). */
export const SITE_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'es', name: 'Spanish (es)' },
] as const;

interface LocaleService {
  findByCode(code: string): Promise<{ id: number; code: string } | null>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string | null | undefined>;
  setDefaultLocale(params: { code: string }): Promise<unknown>;
}

/** Create any missing site locale and make `en` the default. Safe to run on every start. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocaleService;
  const created: string[] = [];

  for (const locale of SITE_LOCALES) {
    if (!(await locales.findByCode(locale.code))) {
      await locales.create({ code: locale.code, name: locale.name });
      created.push(locale.code);
    }
  }

  const defaultCode = SITE_LOCALES[0].code;
  if ((await locales.getDefaultLocale()) !== defaultCode) {
    await locales.setDefaultLocale({ code: defaultCode });
  }
  if (created.length > 0)
    strapi.log.info(`[locales] created ${created.join(', ')}; default is ${defaultCode}`);
}
