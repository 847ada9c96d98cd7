import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { SeedImage } from '../../seed/types';

const FILE_UID = 'plugin::upload.file';

interface UploadedFile {
  id: number;
}
interface UploadService {
  upload(
    input: {
      data: { fileInfo: { name: string; alternativeText: string; caption?: string } };
      files: { filepath: string; originalFilename: string; mimetype: string; size: number };
    },
    opts?: unknown,
  ): Promise<UploadedFile[]>;
}

const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

/** Where the committed demo pictures live: apps/cms/seed/images, whether Strapi runs from src or dist. */
export const seedImagesDir = (strapi: Core.Strapi) => path.join(strapi.dirs.app.root, 'seed', 'images');

/**
 * Put every demo picture in the media library once, through the upload plugin, so Strapi makes its
 * usual thumbnails and responsive formats with the local provider (public/uploads).
 * A picture is recognised by its file name; one already in the library is reused, never re-uploaded.
 * Returns file name → media id.
 */
export async function ensureSeedImages(
  strapi: Core.Strapi,
  images: SeedImage[],
): Promise<{ ids: Map<string, number>; created: number }> {
  const upload = strapi.plugin('upload').service('upload') as UploadService;
  const dir = seedImagesDir(strapi);
  const ids = new Map<string, number>();
  let created = 0;

  for (const image of images) {
    const existing = (await strapi.db
      .query(FILE_UID)
      .findOne({ where: { name: image.file } })) as UploadedFile | null;
    if (existing) {
      ids.set(image.file, existing.id);
      continue;
    }
    const filepath = path.join(dir, image.file);
    const { size } = await fs.stat(filepath);
    const [file] = await upload.upload({
      data: {
        fileInfo: { name: image.file, alternativeText: image.alternativeText, caption: image.caption },
      },
      files: {
        filepath,
        originalFilename: image.file,
        mimetype: MIME_TYPES[path.extname(image.file).toLowerCase()] ?? 'application/octet-stream',
        size,
      },
    });
    if (!file) throw new Error(`[seed] the upload plugin returned nothing for ${image.file}`);
    ids.set(image.file, file.id);
    created += 1;
  }
  return { ids, created };
}
