import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where an image's bytes come from: the copy of wp-content/uploads given with --media-dir (matched by
 * the path after /wp-content/uploads/), else the original URL over HTTP with a time limit.
 */

export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export interface MediaBytes {
  bytes: Buffer;
  fileName: string;
}

export type MediaResult = { ok: true; media: MediaBytes } | { ok: false; reason: string };

export async function readFromMediaDir(mediaDir: string, uploadsPath: string): Promise<MediaResult> {
  const root = path.resolve(mediaDir);
  const file = path.resolve(root, uploadsPath);
  if (file !== root && !file.startsWith(root + path.sep))
    return { ok: false, reason: 'path outside --media-dir' };
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: `${uploadsPath} is not a file in --media-dir` };
    if (stat.size > MAX_MEDIA_BYTES) return { ok: false, reason: `${uploadsPath} is larger than 20 MB` };
    return { ok: true, media: { bytes: await fs.readFile(file), fileName: path.basename(file) } };
  } catch {
    return { ok: false, reason: `${uploadsPath} not found in --media-dir` };
  }
}

export async function fetchOverHttp(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<MediaResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `not a URL: ${url}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { ok: false, reason: `not http(s): ${url}` };
  try {
    const response = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) return { ok: false, reason: `${url} answered HTTP ${response.status}` };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_MEDIA_BYTES) return { ok: false, reason: `${url} is larger than 20 MB` };
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > MAX_MEDIA_BYTES) return { ok: false, reason: `${url} is larger than 20 MB` };
    const fileName = decodeURIComponent(parsed.pathname.split('/').pop() || 'image');
    return { ok: true, media: { bytes, fileName } };
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? `timed out after ${timeoutMs / 1000} s` : describe(error);
    return { ok: false, reason: `${url} could not be fetched (${reason})` };
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as Error).message ?? String(error);
}

const IMAGE_TYPES: Array<[string, (b: Buffer) => boolean]> = [
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [
    'image/png',
    (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ],
  ['image/gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  [
    'image/webp',
    (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
  ['image/avif', (b) => b.subarray(4, 12).toString('latin1').startsWith('ftypavi')],
];

/** The image type from the file's first bytes (never from its name): null for anything else. */
export function sniffImageType(bytes: Buffer): string | null {
  for (const [mime, test] of IMAGE_TYPES) if (test(bytes)) return mime;
  return null;
}

export const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/avif': '.avif',
};
