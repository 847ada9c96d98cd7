import type { StrapiApp } from '@strapi/strapi/admin';

// Editors work in English or Spanish; offer the admin interface in Spanish as well as the default English.
export default {
  config: {
    locales: ['es'],
  },
  bootstrap(_app: StrapiApp) {},
};
