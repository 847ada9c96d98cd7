import type { StrapiApp } from '@strapi/strapi/admin';
import { HistoryPanel } from './history-panel';

/** Where Strapi's admin keeps the state of its guided tour (and its "Deploy to Strapi Cloud" step). */
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';

/**
 * The newsroom's editors are not developers: Strapi's onboarding tour (build a content type, create an
 * API token, deploy to Strapi Cloud) does not apply to them, so it starts switched off. Strapi keeps
 * the tour's state in localStorage; marking it disabled before the admin renders is the switch it reads.
 */
function switchOffGuidedTour() {
  try {
    const stored = JSON.parse(window.localStorage.getItem(GUIDED_TOUR_KEY) ?? '{}') as Record<
      string,
      unknown
    >;
    if (stored && stored.enabled === false) return;
    window.localStorage.setItem(
      GUIDED_TOUR_KEY,
      JSON.stringify({ ...(stored && typeof stored === 'object' ? stored : {}), enabled: false }),
    );
  } catch {
    // Private windows may refuse storage; the tour then shows, which is harmless.
  }
}

/** The editor's time zone, shown next to the scheduling dates (the picker uses the browser's clock). */
function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';
  } catch {
    return 'local time';
  }
}

const zone = browserTimeZone();

/**
 * Strapi's "Introducing the new Media Library" announcement (a link to a blog post) is dismissed for
 * every account. Strapi remembers the dismissal per project id, which its /admin/init answers as
 * `false` because telemetry is disabled in package.json (and is undefined until that answer arrives),
 * and per media-library flavour.
 */
function dismissAnnouncements() {
  try {
    for (const legacy of ['true', 'false']) {
      for (const project of ['false', 'undefined']) {
        window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${project}`, 'true');
      }
    }
  } catch {
    // Storage refused: the announcement shows, which is harmless.
  }
}

// Editors work in English or Spanish; offer the admin interface in Spanish as well as the default English.
export default {
  config: {
    locales: ['es'],
    // The scheduling panel (strapi-plugin-publisher) in plain words, with the time zone it uses.
    translations: {
      en: {
        'publisher.plugin.name': 'Schedule',
        'publisher.action.header.publish.title': `Publish this language on (${zone})`,
        'publisher.action.header.unpublish.title': `Unpublish this language on (${zone})`,
        'publisher.action.footer.publish.button.add': 'Schedule publishing',
        'publisher.action.footer.unpublish.button.add': 'Schedule unpublishing',
      },
      es: {
        'publisher.plugin.name': 'Programar',
        'publisher.action.header.publish.title': `Publicar este idioma el (${zone})`,
        'publisher.action.header.unpublish.title': `Despublicar este idioma el (${zone})`,
        'publisher.action.footer.publish.button.add': 'Programar publicación',
        'publisher.action.footer.unpublish.button.add': 'Programar despublicación',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(_app: StrapiApp) {
    switchOffGuidedTour();
    dismissAnnouncements();
  },
  bootstrap(app: StrapiApp) {
    // Revision history in the edit view's side panel (server side: src/revision-history/).
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel(panels: unknown[]): void };
    };
    contentManager.apis.addEditViewSidePanel([HistoryPanel]);
  },
};
