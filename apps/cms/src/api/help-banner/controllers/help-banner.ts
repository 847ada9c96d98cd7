import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::help-banner.help-banner');
