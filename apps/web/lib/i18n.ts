import type { Locale } from '@newsroom/cms-client';

/**
 * Every string the site itself shows (articles bring their own text). A small typed dictionary is enough
 * for two languages: a missing key in one language is a type error, not a blank on the page.
 */
const en = {
  siteName: 'Newsroom',
  siteTagline: 'News and stories from our recovery community',
  skipToContent: 'Skip to main content',
  primaryNav: 'Main',
  latestNews: 'Latest news',
  home: 'Home',
  categories: 'Sections',
  languageNav: 'Language',
  readInLanguage: 'Read in English',
  /** Said in this language to a reader coming from an article that exists only in `locale`. */
  articleOnlyIn: (locale: Locale) =>
    `This article is only available in ${({ en: 'English', es: 'Spanish' } as const)[locale]}`,
  pageOnlyIn: (locale: Locale) =>
    `This page is only available in ${({ en: 'English', es: 'Spanish' } as const)[locale]}`,
  homeInLanguage: 'Go to the English home page',
  leadStory: 'Top story',
  moreNews: 'More news',
  noArticles: 'There are no articles here yet.',
  pagination: 'Pages',
  previousPage: 'Newer articles',
  nextPage: 'Older articles',
  pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
  pageTitle: (title: string, page: number) => (page > 1 ? `${title} — page ${page}` : title),
  breadcrumbs: 'Breadcrumb',
  category: 'Section',
  categoryTitle: (name: string) => name,
  tagTitle: (name: string) => `Tagged “${name}”`,
  authorTitle: (name: string) => `Articles by ${name}`,
  by: 'By',
  published: 'Published',
  readingTime: (minutes: number) => `${minutes} min read`,
  updatedOn: 'Updated on',
  reviewedBy: 'Reviewed by',
  reviewedOn: 'on',
  helpBannerLabel: 'Help now',
  helpBannerCall: (phone: string) => `Call ${phone}`,
  tags: 'Tags',
  tableOfContents: 'In this article',
  backToTop: 'Back to top',
  share: 'Share this article',
  shareByEmail: 'Email',
  shareOn: (network: string) => `Share on ${network}`,
  copyLink: 'Copy link',
  shareNative: 'Share…',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy the link',
  previousArticle: 'Previous article',
  nextArticle: 'Next article',
  adjacentNav: 'More articles',
  related: 'Related articles',
  previewBanner: 'Preview — not published',
  previewExit: 'Exit preview',
  notFoundTitle: 'We could not find that page',
  notFoundBody: 'The page may have moved, or the link may be mistyped. These may help:',
  unavailableTitle: 'This page is temporarily unavailable',
  unavailableBody: 'We could not load the latest content just now. Please try again in a few minutes.',
  errorTitle: 'Something went wrong',
  errorBody: 'An unexpected problem stopped this page from loading. Please try again.',
  tryAgain: 'Try again',
  crisisNote:
    'If you are in crisis or worried about your safety, call your local emergency number now. You do not have to face this alone.',
  footerAbout: 'Newsroom shares news, stories and practical guidance about mental health and recovery.',
  coverAltFallback: (title: string) => `Illustration for “${title}”`,
  search: 'Search',
  searchLabel: 'Search articles',
  searchTitle: 'Search',
  searchResults: (query: string, total: number) =>
    total === 1 ? `1 article matches “${query}”` : `${total} articles match “${query}”`,
  searchNoResults: (query: string) => `No articles match “${query}”. Try fewer or different words.`,
  searchPrompt: 'Type a word or two from the article you are looking for.',
  searching: 'Searching…',
  searchFailed: 'Search is not working right now. Please try again in a moment.',
  searchTooMany: 'Too many searches in a short time. Please wait a few seconds and try again.',
  feedLink: 'RSS feed',
  feedTitle: (name: string) => `Newsroom: ${name}`,
};

type Dictionary = typeof en;

const es: Dictionary = {
  siteName: 'Newsroom',
  siteTagline: 'Noticias e historias de nuestra comunidad de recuperación',
  skipToContent: 'Saltar al contenido principal',
  primaryNav: 'Principal',
  latestNews: 'Últimas noticias',
  home: 'Inicio',
  categories: 'Secciones',
  languageNav: 'Idioma',
  readInLanguage: 'Leer en español',
  articleOnlyIn: (locale) =>
    `Este artículo solo está en ${({ en: 'inglés', es: 'español' } as const)[locale]}`,
  pageOnlyIn: (locale) => `Esta página solo está en ${({ en: 'inglés', es: 'español' } as const)[locale]}`,
  homeInLanguage: 'Ir a la portada en español',
  leadStory: 'Noticia destacada',
  moreNews: 'Más noticias',
  noArticles: 'Todavía no hay artículos aquí.',
  pagination: 'Páginas',
  previousPage: 'Artículos más recientes',
  nextPage: 'Artículos anteriores',
  pageOf: (page, count) => `Página ${page} de ${count}`,
  pageTitle: (title, page) => (page > 1 ? `${title} — página ${page}` : title),
  breadcrumbs: 'Ruta de navegación',
  category: 'Sección',
  categoryTitle: (name) => name,
  tagTitle: (name) => `Etiqueta «${name}»`,
  authorTitle: (name) => `Artículos de ${name}`,
  by: 'Por',
  published: 'Publicado',
  readingTime: (minutes) => `${minutes} min de lectura`,
  updatedOn: 'Actualizado el',
  reviewedBy: 'Revisado por',
  reviewedOn: 'el',
  helpBannerLabel: 'Ayuda ahora',
  helpBannerCall: (phone) => `Llama al ${phone}`,
  tags: 'Etiquetas',
  tableOfContents: 'En este artículo',
  backToTop: 'Volver arriba',
  share: 'Compartir este artículo',
  shareByEmail: 'Correo electrónico',
  shareOn: (network) => `Compartir en ${network}`,
  copyLink: 'Copiar enlace',
  shareNative: 'Compartir…',
  linkCopied: 'Enlace copiado',
  copyFailed: 'No se pudo copiar el enlace',
  previousArticle: 'Artículo anterior',
  nextArticle: 'Artículo siguiente',
  adjacentNav: 'Más artículos',
  related: 'Artículos relacionados',
  previewBanner: 'Vista previa — no publicado',
  previewExit: 'Salir de la vista previa',
  notFoundTitle: 'No encontramos esa página',
  notFoundBody:
    'Es posible que la página se haya movido o que el enlace tenga un error. Esto puede ayudarte:',
  unavailableTitle: 'Esta página no está disponible por el momento',
  unavailableBody: 'No pudimos cargar el contenido más reciente. Vuelve a intentarlo en unos minutos.',
  errorTitle: 'Algo salió mal',
  errorBody: 'Un problema inesperado impidió cargar esta página. Vuelve a intentarlo.',
  tryAgain: 'Intentar de nuevo',
  crisisNote:
    'Si estás en crisis o temes por tu seguridad, llama ahora a tu número local de emergencias. No tienes que afrontarlo en soledad.',
  footerAbout:
    'Newsroom comparte noticias, historias y orientación práctica sobre salud mental y recuperación.',
  coverAltFallback: (title) => `Ilustración de «${title}»`,
  search: 'Buscar',
  searchLabel: 'Buscar artículos',
  searchTitle: 'Búsqueda',
  searchResults: (query, total) =>
    total === 1 ? `1 artículo coincide con «${query}»` : `${total} artículos coinciden con «${query}»`,
  searchNoResults: (query) =>
    `Ningún artículo coincide con «${query}». Prueba con menos palabras o con otras.`,
  searchPrompt: 'Escribe una o dos palabras del artículo que buscas.',
  searching: 'Buscando…',
  searchFailed: 'La búsqueda no funciona en este momento. Vuelve a intentarlo en unos instantes.',
  searchTooMany: 'Demasiadas búsquedas seguidas. Espera unos segundos y vuelve a intentarlo.',
  feedLink: 'Canal RSS',
  feedTitle: (name) => `Newsroom: ${name}`,
};

const dictionaries = { en, es } satisfies Record<Locale, Dictionary>;

/**
 * The site's languages, read from the dictionaries rather than imported from the CMS client: this module
 * is also used by Client Components (error page, header), and importing a value from the client package
 * would ship its validation code (zod) to every browser. `satisfies` above makes a locale added to the
 * client without words here a type error; a unit test checks both lists are equal.
 */
export const SITE_LOCALES = Object.keys(dictionaries) as Locale[];
export const FALLBACK_LOCALE: Locale = 'en';

export function isSiteLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SITE_LOCALES as string[]).includes(value);
}

export function t(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** BCP 47 tags for Intl: a fixed region keeps dates identical on every server. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es-ES' };

/** The BCP 47 tag of a site language ("en-GB"): feeds, JSON-LD `inLanguage`. */
export function languageTag(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** Name of each language in itself, for the locale switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/**
 * "3 March 2026" / "3 de marzo de 2026". Formatted in UTC so the server's time zone never changes a date
 * (and the HTML is the same wherever it is rendered).
 */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function otherLocales(locale: Locale): Locale[] {
  return SITE_LOCALES.filter((l) => l !== locale);
}
