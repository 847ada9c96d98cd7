import fs from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { canonicalName } from './namespaces';
import type { XmlNode } from './xml-node';

/** A file that cannot be imported at all: not XML, truncated, not WXR, not UTF-8. */
export class WxrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WxrError';
  }
}

export interface ChannelInfo {
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  wxrVersion: string;
}

/** Channel children handed to the caller one at a time; everything else in the channel is metadata. */
const ENTRY_NAMES = new Set(['item', 'wp:author', 'wp:category', 'wp:tag', 'wp:term']);
const CHANNEL_FIELDS: Record<string, keyof ChannelInfo> = {
  title: 'title',
  link: 'link',
  'wp:base_site_url': 'baseSiteUrl',
  'wp:base_blog_url': 'baseBlogUrl',
  'wp:wxr_version': 'wxrVersion',
};

export type EntryHandler = (entry: XmlNode, channel: ChannelInfo) => void | Promise<void>;

const CHUNK_BYTES = 256 * 1024;

/**
 * Streams a WordPress export (WXR) from disk and calls `onEntry` for each top-level entry of its
 * channel, in file order, waiting for the handler before reading on. Memory holds one chunk of the file
 * and the tree of the entry being read, whatever the file's size.
 *
 * Throws WxrError for anything that makes the file unusable; callers that must not write anything
 * from a bad file read it once with a no-op handler first (see scan.ts).
 */
export async function readWxr(file: string, onEntry: EntryHandler): Promise<ChannelInfo> {
  const channel: ChannelInfo = { title: '', link: '', baseSiteUrl: '', baseBlogUrl: '', wxrVersion: '' };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stack: XmlNode[] = [];
  const ready: XmlNode[] = [];
  let depth = 0;
  let sawRoot = false;
  let sawChannel = false;
  let parseError: WxrError | null = null;

  const where = () => `line ${parser.line}, column ${parser.column}`;
  const fail = (message: string) => {
    parseError ??= new WxrError(message);
  };

  parser.on('xmldecl', (decl) => {
    const encoding = (decl.encoding ?? 'UTF-8').toLowerCase();
    if (encoding !== 'utf-8' && encoding !== 'utf8') {
      fail(
        `the file declares encoding "${decl.encoding}"; only UTF-8 exports are supported ` +
          `(WordPress writes UTF-8; convert it first, e.g. iconv -f ${decl.encoding} -t UTF-8)`,
      );
    }
  });
  parser.on('error', (error) => {
    fail(`not well-formed XML at ${where()}: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth += 1;
    const name = canonicalName(tag.uri, tag.local, tag.prefix);
    if (depth === 1) {
      sawRoot = true;
      if (name !== 'rss') fail(`not a WordPress export (WXR): the root element is <${tag.name}>, not <rss>`);
      return;
    }
    if (depth === 2) {
      if (name === 'channel') sawChannel = true;
      return;
    }
    if (!sawChannel) return;
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.local] = attribute.value;
    const node: XmlNode = { name, attributes, text: '', children: [] };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  const onText = (text: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth -= 1;
    if (depth < 2 || !sawChannel) return;
    const node = stack.pop();
    if (!node) return;
    node.text = ownCopy(node.text);
    if (stack.length > 0) return;
    // A direct child of <channel>.
    const field = CHANNEL_FIELDS[node.name];
    if (field) channel[field] = node.text.trim();
    else if (ENTRY_NAMES.has(node.name)) ready.push(node);
  });

  const drain = async () => {
    if (parseError) throw parseError;
    while (ready.length > 0) {
      const entry = ready.shift() as XmlNode;
      if (!channel.wxrVersion) {
        throw new WxrError('not a WordPress export (WXR): entries come before any <wp:wxr_version>');
      }
      await onEntry(entry, channel);
    }
  };

  let offset = 0;
  let first = true;
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        checkEncoding(chunk);
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new WxrError(`the file is not valid UTF-8 (an invalid byte sequence after byte ${offset})`);
      }
      offset += chunk.length;
      parser.write(text);
      await drain();
    }
    if (first) throw new WxrError('the file is empty');
    try {
      parser.write(decoder.decode());
    } catch {
      throw new WxrError('the file is not valid UTF-8 (it ends in the middle of a character)');
    }
    parser.close();
  } catch (error) {
    if (error instanceof WxrError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WxrError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new WxrError(`${file} is a directory, not an export file`);
    throw error;
  } finally {
    stream.destroy();
  }
  if (parseError) {
    throw depth > 0
      ? new WxrError(`${(parseError as WxrError).message} (the file looks truncated)`)
      : parseError;
  }
  await drain();
  if (first) throw new WxrError('the file is empty');
  if (!sawRoot) throw new WxrError('not XML: no root element');
  if (!sawChannel) throw new WxrError('not a WordPress export (WXR): <rss> has no <channel>');
  if (!channel.wxrVersion) {
    throw new WxrError(
      'not a WordPress export (WXR): the channel has no <wp:wxr_version> (is it an RSS feed?)',
    );
  }
  return channel;
}

/**
 * The encoding is known before any text is decoded: a UTF-16 byte-order mark, or the XML
 * declaration's `encoding` (ASCII-compatible in every encoding WordPress sites used).
 */
function checkEncoding(chunk: Buffer) {
  if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
    throw new WxrError('the file is UTF-16; only UTF-8 exports are supported (convert it first)');
  }
  const head = chunk.subarray(0, 200).toString('latin1');
  const declaration =
    head.startsWith('\uFEFF') || head.startsWith('\u00EF\u00BB\u00BF') ? head.slice(3) : head;
  if (!declaration.startsWith('<?xml')) return;
  const end = declaration.indexOf('?>');
  const encoding = /\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    declaration.slice(0, end < 0 ? 200 : end),
  )?.[1];
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    throw new WxrError(
      `the file declares encoding "${encoding}"; only UTF-8 exports are supported ` +
        `(WordPress writes UTF-8; convert it first, e.g. iconv -f ${encoding} -t UTF-8)`,
    );
  }
}

/**
 * V8 keeps a short piece cut out of a long string as a view on it: a post's slug read from a 256 KB
 * chunk would keep the whole chunk alive for as long as the index holds the slug, and memory would grow
 * with the file. Texts are copied out of the chunks when their element closes.
 */
function ownCopy(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8');
}
