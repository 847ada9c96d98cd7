import type { StrapiApp } from '@strapi/strapi/admin';

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

// Editors work in English or Spanish; offer the admin interface in Spanish as well as the default English.
export default {
  config: {
    locales: ['es'],
    tutorials: false,
    notifications: { releases: false },
  },
  register(_app: StrapiApp) {
    switchOffGuidedTour();
  },
  bootstrap(_app: StrapiApp) {},
};
