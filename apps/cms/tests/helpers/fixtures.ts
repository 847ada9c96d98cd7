import type { Core } from '@strapi/strapi';

/**
 * A small newsroom, created through the document service like an editor would:
 * - `published`: an article published in en and es (same document), with category, author and tags;
 * - `edited`: published in en, then edited again without republishing (its draft has a different
 *   title), plus an es translation that was never published;
 * - `draftOnly`: never published.
 * Draft texts carry DRAFT_MARKER so a single search of a response body proves nothing leaked.
 */
export const DRAFT_MARKER = 'UNPUBLISHED-DRAFT-7f3a';

export const paragraph = (text: string) => [
  { type: 'paragraph' as const, children: [{ type: 'text' as const, text }] },
];
export const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

export interface Fixtures {
  coverId: number;
  category: { documentId: string; slug: string };
  author: { documentId: string; slug: string };
  tag: { documentId: string; slug: string };
  published: { documentId: string; slugEn: string; slugEs: string; titleEn: string; titleEs: string };
  edited: { documentId: string; slug: string; publishedTitle: string };
  draftOnly: { documentId: string; slug: string };
}

export async function createFixtures(strapi: Core.Strapi): Promise<Fixtures> {
  // The media row is enough for the API: nothing in these tests downloads the file.
  const cover = await strapi.db.query('plugin::upload.file').create({
    data: {
      name: 'harbour.jpg',
      alternativeText: 'A harbour at dawn',
      hash: 'harbour_test',
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 12.5,
      width: 1200,
      height: 630,
      url: '/uploads/harbour_test.jpg',
      provider: 'local',
    },
  });

  const category = await strapi.documents('api::category.category').create({
    locale: 'en',
    data: { name: 'Recovery', slug: 'recovery', description: 'Stories of recovery' },
  });
  await strapi.documents('api::category.category').update({
    documentId: category.documentId,
    locale: 'es',
    data: { name: 'Recuperación', slug: 'recovery', description: 'Historias de recuperación' },
  });

  const author = await strapi.documents('api::author.author').create({
    data: { name: 'Ana Ruiz', slug: 'ana-ruiz', bio: 'Peer support worker' },
  });
  const tag = await strapi
    .documents('api::tag.tag')
    .create({ locale: 'en', data: { name: 'Peer support', slug: 'peer-support' } });
  await strapi.documents('api::tag.tag').update({
    documentId: tag.documentId,
    locale: 'es',
    data: { name: 'Apoyo entre iguales', slug: 'peer-support' } as Record<string, unknown>,
  });

  const shared = {
    cover: cover.id,
    category: category.documentId,
    author: author.documentId,
    tags: [tag.documentId],
  };

  const published = await strapi.documents('api::article.article').create({
    locale: 'en',
    data: {
      ...shared,
      title: 'A new drop-in centre opens',
      slug: 'drop-in-centre-opens',
      excerpt: 'The centre is open every weekday.',
      body: paragraph(words(450)),
    },
  });
  await strapi.documents('api::article.article').publish({ documentId: published.documentId, locale: 'en' });
  await strapi.documents('api::article.article').update({
    documentId: published.documentId,
    locale: 'es',
    // Relations are per locale in Strapi 5 (only the cover is shared), so the translation sets its own.
    data: {
      category: category.documentId,
      author: author.documentId,
      tags: [tag.documentId],
      title: 'Abre un nuevo centro de día',
      slug: 'abre-centro-de-dia',
      excerpt: 'El centro abre todos los días laborables.',
      body: paragraph(words(120)),
    },
  });
  await strapi.documents('api::article.article').publish({ documentId: published.documentId, locale: 'es' });

  const edited = await strapi.documents('api::article.article').create({
    locale: 'en',
    data: {
      ...shared,
      title: 'Volunteers wanted',
      slug: 'volunteers-wanted',
      excerpt: 'Join the helpline team.',
      body: paragraph('Training starts in March.'),
    },
  });
  await strapi.documents('api::article.article').publish({ documentId: edited.documentId, locale: 'en' });
  await strapi.documents('api::article.article').update({
    documentId: edited.documentId,
    locale: 'en',
    data: { title: `Volunteers wanted ${DRAFT_MARKER}`, excerpt: `Not yet public ${DRAFT_MARKER}` },
  });
  // A translation that exists only as a draft: reachable through `localizations` if anything leaks.
  await strapi.documents('api::article.article').update({
    documentId: edited.documentId,
    locale: 'es',
    data: {
      title: `Se buscan voluntarios ${DRAFT_MARKER}`,
      slug: 'se-buscan-voluntarios',
      excerpt: `Borrador ${DRAFT_MARKER}`,
      body: paragraph(`Borrador ${DRAFT_MARKER}`),
    },
  });

  const draftOnly = await strapi.documents('api::article.article').create({
    locale: 'en',
    data: {
      ...shared,
      title: `Embargoed report ${DRAFT_MARKER}`,
      slug: 'embargoed-report',
      excerpt: `Embargoed ${DRAFT_MARKER}`,
      body: paragraph(`Embargoed body ${DRAFT_MARKER}`),
    },
  });

  return {
    coverId: cover.id,
    category: { documentId: category.documentId, slug: 'recovery' },
    author: { documentId: author.documentId, slug: 'ana-ruiz' },
    tag: { documentId: tag.documentId, slug: 'peer-support' },
    published: {
      documentId: published.documentId,
      slugEn: 'drop-in-centre-opens',
      slugEs: 'abre-centro-de-dia',
      titleEn: 'A new drop-in centre opens',
      titleEs: 'Abre un nuevo centro de día',
    },
    edited: { documentId: edited.documentId, slug: 'volunteers-wanted', publishedTitle: 'Volunteers wanted' },
    draftOnly: { documentId: draftOnly.documentId, slug: 'embargoed-report' },
  };
}
