/**
 * Decode a body per the WHATWG encoding order (B5): byte-order mark, then the Content-Type charset, then a
 * `<meta charset>` prescan of the first 1024 bytes, then a default. Invalid bytes become U+FFFD; nothing throws.
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

export type CharsetSource = 'bom' | 'header' | 'meta' | 'utf-8-sniff' | 'default';

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
  if (headerEncoding) return { text: decodeAs(headerEncoding, bytes), encoding: headerEncoding, source: 'header' };
  const metaEncoding = options.html === false ? undefined : prescanMeta(bytes);
  if (metaEncoding) return { text: decodeAs(metaEncoding, bytes), encoding: metaEncoding, source: 'meta' };
  if (bytes.some((b) => b >= 0x80) && isValidUtf8(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'utf-8-sniff' };
  }
  const fallback = options.fallback ?? 'windows-1252';
  const encoding = canonicalEncoding(fallback) ?? 'windows-1252';
  return { text: decodeAs(encoding, bytes), encoding, source: 'default' };
}
