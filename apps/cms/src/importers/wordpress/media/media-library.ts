import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { ImageSource } from '../content';
import type { AttachmentInfo } from '../wxr';
import { uploadsPathOf } from '../wxr/scan';
import type { Records } from '../writer/records';
import { EXTENSIONS, fetchOverHttp, readFromMediaDir, sniffImageType, type MediaResult } from './fetch-media';

/** A file of Strapi's media library, as body image blocks embed it. */
export interface LibraryFile {
  id: number;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  url: string;
  width: number;
  height: number;
  formats: unknown;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  previewUrl: string | null;
  provider: string;
  provider_metadata: unknown;
  createdAt: string | Date;
  updatedAt: string | Date;
}

interface UploadService {
  upload(
    input: {
      data: { fileInfo: { name: string; alternativeText: string; caption?: string } };
      files: { filepath: string; originalFilename: string; mimetype: string; size: number };
    },
    opts?: unknown,
  ): Promise<LibraryFile[]>;
}

const FILE_UID = 'plugin::upload.file';

export type MediaOutcome = { file: LibraryFile; created: boolean } | { file: null; reason: string };

/**
 * Gets an image into Strapi's media library once: an attachment already imported is reused by its
 * WordPress id, and any file whose bytes are already in the library (same SHA-256) is reused, so the
 * same picture used by many posts, or present under two names, is stored once.
 */
export class MediaLibrary {
  private readonly tmp = fs.mkdtemp(path.join(os.tmpdir(), 'wp-import-'));

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly records: Records,
    private readonly options: { mediaDir?: string; fetchTimeoutMs?: number },
  ) {}

  async resolve(source: ImageSource, attachment: AttachmentInfo | undefined): Promise<MediaOutcome> {
    if (attachment) {
      const known = await this.records.get('attachment', attachment.id);
      if (known?.targetId) {
        const file = await this.byId(known.targetId);
        if (file) return { file, created: false };
      }
    }
    const loaded = await this.load(source, attachment);
    if (!loaded.ok) return { file: null, reason: loaded.reason };
    const outcome = await this.store(loaded.media.bytes, loaded.media.fileName, {
      alt: source.alt || attachment?.alt || '',
      caption: source.caption || attachment?.caption || '',
    });
    if (outcome.file && attachment)
      await this.records.put('attachment', attachment.id, { targetId: outcome.file.id });
    return outcome;
  }

  /** Stores bytes (deduplicated by hash); used for the placeholder cover too. */
  async store(
    bytes: Buffer,
    fileName: string,
    texts: { alt: string; caption: string },
  ): Promise<MediaOutcome> {
    const mime = sniffImageType(bytes);
    if (!mime) return { file: null, reason: `${fileName} is not a JPEG, PNG, GIF, WebP or AVIF image` };
    const hash = createHash('sha256').update(bytes).digest('hex');
    const known = await this.records.get('media', hash);
    if (known?.targetId) {
      const file = await this.byId(known.targetId);
      if (file) return { file, created: false };
    }
    const ext = EXTENSIONS[mime] as string;
    const base = path.basename(fileName, path.extname(fileName)).replace(/[^\w.-]+/g, '-') || 'image';
    const name = `${base}${ext}`;
    const filepath = path.join(await this.tmp, `${hash}${ext}`);
    await fs.writeFile(filepath, bytes);
    try {
      const upload = this.strapi.plugin('upload').service('upload') as UploadService;
      const [file] = await upload.upload({
        data: {
          fileInfo: {
            name,
            alternativeText: texts.alt,
            ...(texts.caption ? { caption: texts.caption } : {}),
          },
        },
        files: { filepath, originalFilename: name, mimetype: mime, size: bytes.length },
      });
      if (!file) return { file: null, reason: `the media library refused ${name}` };
      await this.records.put('media', hash, { targetId: file.id });
      return { file, created: true };
    } finally {
      await fs.rm(filepath, { force: true });
    }
  }

  private async load(source: ImageSource, attachment: AttachmentInfo | undefined): Promise<MediaResult> {
    const url = attachment?.url || source.src;
    const uploadsPath = attachment?.uploadsPath || uploadsPathOf(source.src);
    const reasons: string[] = [];
    if (this.options.mediaDir && uploadsPath) {
      const local = await readFromMediaDir(this.options.mediaDir, uploadsPath);
      if (local.ok) return local;
      reasons.push(local.reason);
    }
    if (url) {
      const remote = await fetchOverHttp(url, this.options.fetchTimeoutMs);
      if (remote.ok) return remote;
      reasons.push(remote.reason);
    }
    return { ok: false, reason: reasons.join('; ') || 'no address for the image' };
  }

  private readonly files = new Map<number, LibraryFile>();

  private async byId(id: number): Promise<LibraryFile | null> {
    const cached = this.files.get(id);
    if (cached) return cached;
    const file = (await this.strapi.db.query(FILE_UID).findOne({ where: { id } })) as LibraryFile | null;
    if (file) this.files.set(id, file);
    return file;
  }

  async dispose() {
    await fs.rm(await this.tmp, { recursive: true, force: true });
  }
}

/** The image block Strapi stores for a library file. */
export function imageBlock(file: LibraryFile, alt: string, caption: string) {
  return {
    type: 'image' as const,
    image: {
      name: file.name,
      alternativeText: alt || file.alternativeText || null,
      url: file.url,
      caption: caption || file.caption || null,
      width: file.width,
      height: file.height,
      formats: file.formats ?? null,
      hash: file.hash,
      ext: file.ext,
      mime: file.mime,
      size: file.size,
      previewUrl: file.previewUrl ?? null,
      provider: file.provider,
      provider_metadata: file.provider_metadata ?? null,
      createdAt: isoDate(file.createdAt),
      updatedAt: isoDate(file.updatedAt),
    },
    children: [{ type: 'text' as const, text: '' }],
  };
}

const isoDate = (value: string | Date) => (value instanceof Date ? value.toISOString() : String(value));
