import { factories } from '@strapi/strapi';

// Write routes exist for API tokens and the admin; the Public role is granted only find/findOne.
export default factories.createCoreRouter('api::redirect.redirect');
