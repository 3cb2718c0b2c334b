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
  if (headerEncoding) return { text: new TextDecoder(headerEncoding).decode(bytes), encoding: headerEncoding, source: 'header' };
  const metaEncoding = options.html === false ? undefined : prescanMeta(bytes);
  if (metaEncoding) return { text: new TextDecoder(metaEncoding).decode(bytes), encoding: metaEncoding, source: 'meta' };
  if (bytes.some((b) => b >= 0x80) && isValidUtf8(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'utf-8-sniff' };
  }
  const fallback = options.fallback ?? 'windows-1252';
  return { text: new TextDecoder(fallback).decode(bytes), encoding: fallback, source: 'default' };
}
