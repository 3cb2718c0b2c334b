/**
 * Decode a body per the WHATWG encoding order (B5): byte-order mark, then the Content-Type charset, then a
 * `<meta charset>` prescan of the first 1024 bytes, then a default. Invalid bytes become U+FFFD; nothing throws.
 * One departure: a body declared UTF-8 that is mostly not UTF-8 (a shop whose theme says utf-8 but whose policy text
 * was saved from a Windows editor) is read in the single-byte charset its language most likely used, as browsers'
 * own detectors do, so "€5 restocking fee" is not lost to U+FFFD.
 */
import { charsetParam } from './content-type.js';

/** WHATWG prescans only this many bytes for <meta charset>. */
const META_PRESCAN_BYTES = 1024;

/** Byte-order marks, longest first; a BOM beats every declaration. */
const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

/** <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)/i;

/**
 * windows-1252's 0x80–0x9F (undefined bytes map to the C1 control of the same value, as WHATWG says). Node 20's
 * TextDecoder('windows-1252') decodes these bytes as ISO-8859-1 controls (nodejs/node#56542), which would turn
 * "€4.95" into "\u00804.95"; so windows-1252 is decoded here.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i += 1) {
      const b = bytes[i]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decode with a WHATWG encoding name; windows-1252 by our table (see CP1252_HIGH). */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

export type CharsetSource = 'bom' | 'header' | 'meta' | 'utf-8-sniff' | 'default' | 'single-byte-fallback';

/**
 * The legacy single-byte charset a page in a language most likely used when its UTF-8 declaration is wrong: the
 * locale defaults of the WHATWG encoding standard ("guess by locale"), by primary language subtag; any other
 * language gets windows-1252.
 */
const SINGLE_BYTE_BY_LANGUAGE: Readonly<Record<string, string>> = {
  ar: 'windows-1256', fa: 'windows-1256', ur: 'windows-1256',
  be: 'windows-1251', bg: 'windows-1251', kk: 'windows-1251', mk: 'windows-1251', ru: 'windows-1251', sr: 'windows-1251', uk: 'windows-1251',
  cs: 'windows-1250', hr: 'windows-1250', hu: 'windows-1250', pl: 'windows-1250', ro: 'windows-1250', sk: 'windows-1250', sl: 'windows-1250',
  el: 'windows-1253',
  tr: 'windows-1254', az: 'windows-1254',
  he: 'windows-1255', iw: 'windows-1255',
  et: 'windows-1257', lt: 'windows-1257', lv: 'windows-1257',
  vi: 'windows-1258',
  th: 'windows-874',
};
const DEFAULT_SINGLE_BYTE = 'windows-1252';
/** The page's language, read from the same head bytes as the meta prescan ("<html lang=\"pl-PL\">"). */
const HTML_LANG = /<html\b[^>]*?\blang\s*=\s*["']?\s*([a-zA-Z]{2,3})/i;

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly source: CharsetSource;
}

/** The canonical WHATWG name of a label, or undefined when TextDecoder does not know it. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return undefined;
}

/** The charset named by a <meta> in the first 1024 bytes (UTF-16 labels mean UTF-8 there, per WHATWG). */
export function prescanMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  const encoding = canonicalEncoding(label);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}

/**
 * Is text decoded as UTF-8 really single-byte text? Yes when it holds U+FFFD the bytes did not spell out (EF BF BD)
 * and those replacements outnumber the well-formed non-ASCII characters: one stray bad byte in a real
 * UTF-8 page keeps UTF-8 (re-reading it would garble every é), a page of cp1252 € and é signs does not.
 */
export function looksSingleByte(bytes: Uint8Array, decodedAsUtf8: string): boolean {
  // Nearly every page: no replacement at all, found without walking the text a character (a string) at a time.
  if (!decodedAsUtf8.includes('\ufffd')) return false;
  let replaced = 0;
  let wellFormed = 0;
  for (const ch of decodedAsUtf8) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd) replaced += 1;
    else if (code > 0x7f) wellFormed += 1;
  }
  if (replaced === 0) return false;
  const literal = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').split('\xef\xbf\xbd').length - 1;
  replaced -= literal;
  wellFormed += literal;
  return replaced > wellFormed;
}

/** The single-byte charset to try for a page whose UTF-8 declaration is wrong (see SINGLE_BYTE_BY_LANGUAGE). */
export function likelySingleByte(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  const language = HTML_LANG.exec(head)?.[1]?.toLowerCase();
  const guess = (language && SINGLE_BYTE_BY_LANGUAGE[language]) || DEFAULT_SINGLE_BYTE;
  return canonicalEncoding(guess) ?? DEFAULT_SINGLE_BYTE;
}

/** Decode as declared; a UTF-8 declaration the bytes contradict falls back to the likely single-byte charset. */
function decodeDeclared(encoding: string, bytes: Uint8Array, source: 'header' | 'meta'): Decoded {
  const text = decodeAs(encoding, bytes);
  if (encoding !== 'utf-8' || !looksSingleByte(bytes, text)) return { text, encoding, source };
  const fallback = likelySingleByte(bytes);
  return { text: decodeAs(fallback, bytes), encoding: fallback, source: 'single-byte-fallback' };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode `bytes` using, in order: BOM, Content-Type charset, meta prescan (HTML only), then `fallback`. As browsers
 * do in practice, an undeclared body that is valid UTF-8 is read as UTF-8 before falling back to windows-1252.
 */
export function decodeBody(
  bytes: Uint8Array,
  contentTypeHeader: string | undefined,
  options: { html?: boolean; fallback?: string } = {},
): Decoded {
  const bom = bomOf(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, source: 'bom' };
  const fromHeader = charsetParam(contentTypeHeader);
  const headerEncoding = fromHeader ? canonicalEncoding(fromHeader) : undefined;
  if (headerEncoding) return decodeDeclared(headerEncoding, bytes, 'header');
  const metaEncoding = options.html === false ? undefined : prescanMeta(bytes);
  if (metaEncoding) return decodeDeclared(metaEncoding, bytes, 'meta');
  if (bytes.some((b) => b >= 0x80) && isValidUtf8(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'utf-8-sniff' };
  }
  const fallback = options.fallback ?? 'windows-1252';
  const encoding = canonicalEncoding(fallback) ?? 'windows-1252';
  return { text: decodeAs(encoding, bytes), encoding, source: 'default' };
}
