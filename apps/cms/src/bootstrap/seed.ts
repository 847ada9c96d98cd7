import type { Core } from '@strapi/strapi';

// TODO: the demo content seed replaces this placeholder (it loads apps/cms/seed/ when SEED_DEMO_CONTENT is true).
export async function seedDemoContent(_strapi: Core.Strapi): Promise<void> {}
