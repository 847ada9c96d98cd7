/**
 * WordPress shortcodes (`[caption id="x"]…[/caption]`, `[gallery ids="1,2"]`, Divi's `[et_pb_*]`) are
 * not HTML: a small tokenizer reads them, then each one is expanded to HTML the block converter
 * understands (plain HTML, or the importer's own <wp-caption>/<wp-gallery>/<wp-embed> elements), or
 * dropped with a warning. Text between shortcodes is HTML and passes through untouched.
 */

export type ShortcodeNode =
  | { kind: 'text'; text: string }
  | { kind: 'shortcode'; name: string; attrs: Record<string, string>; content: ShortcodeNode[] | null };

interface Token {
  kind: 'text' | 'open' | 'close';
  text: string;
  name: string;
  attrs: Record<string, string>;
  selfClosing: boolean;
}

const NAME_START = /[A-Za-z]/;
const NAME_CHAR = /[A-Za-z0-9_-]/;

/** Reads `name attr="v" attr2=v2 'positional']` starting after the `[`; null when it is no tag. */
function readTag(input: string, start: number): { token: Token; end: number } | null {
  let pos = start;
  const closing = input[pos] === '/';
  if (closing) pos += 1;
  if (!NAME_START.test(input[pos] ?? '')) return null;
  let name = '';
  while (pos < input.length && NAME_CHAR.test(input[pos] as string)) name += input[pos++];
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  let positional = 0;
  for (;;) {
    while (pos < input.length && /\s/.test(input[pos] as string)) pos++;
    const char = input[pos];
    if (char === undefined || char === '[') return null;
    if (char === ']')
      return {
        token: { kind: closing ? 'close' : 'open', text: '', name, attrs, selfClosing },
        end: pos + 1,
      };
    if (char === '/' && input[pos + 1] === ']') {
      selfClosing = true;
      pos += 1;
      continue;
    }
    if (closing) return null;
    let key = '';
    while (pos < input.length && /[^\s=\]"'/]/.test(input[pos] as string)) key += input[pos++];
    let value: string | null = null;
    if (input[pos] === '=') {
      pos += 1;
      value = '';
    }
    if (value !== null || key === '') {
      const quote = input[pos];
      // Straight quotes, or the curly ones the visual editor sometimes leaves (“…” / ″…″).
      const close =
        quote === '"' || quote === "'"
          ? quote
          : quote === '\u201c'
            ? '\u201d'
            : quote === '\u2033'
              ? '\u2033'
              : null;
      if (close) {
        const end = input.indexOf(close, pos + 1);
        if (end < 0) return null;
        value = input.slice(pos + 1, end);
        pos = end + 1;
      } else if (value !== null) {
        while (pos < input.length && /[^\s\]]/.test(input[pos] as string)) value += input[pos++];
      }
    }
    if (key === '' && value === null) return null;
    if (value === null) attrs[String(positional++)] = key;
    else if (key === '') attrs[String(positional++)] = value;
    else attrs[key.toLowerCase()] = value;
  }
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let pos = 0;
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text, name: '', attrs: {}, selfClosing: false });
    text = '';
  };
  while (pos < input.length) {
    const at = input.indexOf('[', pos);
    if (at < 0) {
      text += input.slice(pos);
      break;
    }
    text += input.slice(pos, at);
    // [[name]] is WordPress' escape for a literal [name].
    if (input[at + 1] === '[') {
      const end = input.indexOf(']]', at);
      if (end > 0 && readTag(input, at + 2)) {
        text += input.slice(at + 1, end + 1);
        pos = end + 2;
        continue;
      }
    }
    const tag = readTag(input, at + 1);
    if (!tag) {
      text += '[';
      pos = at + 1;
      continue;
    }
    flush();
    tokens.push({ ...tag.token, text: input.slice(at, tag.end) });
    pos = tag.end;
  }
  flush();
  return tokens;
}

/** WordPress' own shortcodes: always read as shortcodes, even bare. */
const CORE_SHORTCODES = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'video', 'audio', 'playlist']);

/**
 * A bracketed word is a shortcode when it is one of WordPress' own, has attributes, or looks like a
 * plugin's name ([et_social_share]); "[sic]" or "[1]" in running text stay text.
 */
function looksLikeShortcode(token: Token): boolean {
  return (
    CORE_SHORTCODES.has(token.name) ||
    Object.keys(token.attrs).length > 0 ||
    /[_-]/.test(token.name) ||
    token.selfClosing
  );
}

function findClose(tokens: Token[], from: number, name: string): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.name !== name) continue;
    if (token.kind === 'open' && !token.selfClosing) depth += 1;
    if (token.kind === 'close') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}

function build(tokens: Token[], start: number, end: number): ShortcodeNode[] {
  const nodes: ShortcodeNode[] = [];
  const pushText = (text: string) => {
    const last = nodes[nodes.length - 1];
    if (last?.kind === 'text') last.text += text;
    else nodes.push({ kind: 'text', text });
  };
  for (let i = start; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'text') {
      pushText(token.text);
      continue;
    }
    if (token.kind === 'close') {
      // A stray closing tag: WordPress prints it as text; it carries nothing, so it is dropped.
      continue;
    }
    const close = token.selfClosing ? -1 : findClose(tokens, i + 1, token.name);
    if (close > 0 && close < end) {
      nodes.push({
        kind: 'shortcode',
        name: token.name,
        attrs: token.attrs,
        content: build(tokens, i + 1, close),
      });
      i = close;
    } else if (looksLikeShortcode(token)) {
      nodes.push({ kind: 'shortcode', name: token.name, attrs: token.attrs, content: null });
    } else {
      pushText(token.text);
    }
  }
  return nodes;
}

export function parseShortcodes(input: string): ShortcodeNode[] {
  const tokens = tokenize(input);
  return build(tokens, 0, tokens.length);
}
