import zlib from 'node:zlib';

/**
 * Articles need a cover; a WordPress post without a featured image or any picture gets this plain,
 * neutral 1200×630 PNG (built here, byte-for-byte the same each time, so it is uploaded once).
 */
const made = new Map<string, Buffer>();

/** Made once per size and colour: deflating 2 MB of pixels costs tens of milliseconds. */
export function placeholderCoverPng(
  width = 1200,
  height = 630,
  rgb: [number, number, number] = [226, 232, 236],
): Buffer {
  const key = `${width}x${height}:${rgb.join(',')}`;
  const known = made.get(key) ?? encodePng(width, height, rgb);
  made.set(key, known);
  return known;
}

function encodePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0, 0);
  return Buffer.concat([length, body, crc]);
}
