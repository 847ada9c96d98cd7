import { factories } from '@strapi/strapi';

// Editors change the banner in the admin; the Public role is granted only find (read).
export default factories.createCoreRouter('api::help-banner.help-banner');
