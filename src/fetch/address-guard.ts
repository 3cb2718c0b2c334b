/**
 * The SSRF guard (E3): servicediff crawls addresses from config, sitemaps and redirects it does not control, so a
 * crawl must never reach the machine's own services or the cloud metadata endpoint. The check runs on the RESOLVED
 * address at connect time (a wrapped `lookup`), so a name that resolves to 127.0.0.1 — or rebinds to it between two
 * lookups — is refused as surely as the literal.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** The only ranges a crawl may reach without `crawl.allowPrivateNetworks` (ipaddr.js range names). */
const PUBLIC_RANGES: ReadonlySet<string> = new Set(['unicast']);

/** Error code carried by a refusal, mapped to ProblemKind "private-address" by fetch-errors.ts. */
export const PRIVATE_ADDRESS_CODE = 'ESERVICEDIFF_PRIVATE_ADDRESS';

export class PrivateAddressError extends Error {
  readonly code = PRIVATE_ADDRESS_CODE;
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(
      host.replace(/^\[|\]$/g, '') === address
        ? `${address} is a private or local address (${range})`
        : `${host} resolves to ${address} (${range}), a private or local address`,
    );
    this.name = 'PrivateAddressError';
  }
}

/**
 * The ipaddr.js range of an address, IPv4-mapped IPv6 unwrapped ("::ffff:127.0.0.1" is loopback), or undefined when
 * the text is no IP address at all.
 */
export function addressRange(address: string): string | undefined {
  const text = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(text)) return undefined;
  // ipaddr.process unwraps IPv4-mapped IPv6; parse() alone would also accept "2130706433" and "0177.0.0.1", which
  // the WHATWG URL parser has already normalised for hostnames.
  return ipaddr.process(text).range();
}

/** true when the address may be crawled without allowPrivateNetworks. */
export function isPublicAddress(address: string): boolean {
  const range = addressRange(address);
  return range !== undefined && PUBLIC_RANGES.has(range);
}

/**
 * Check a URL hostname that is an IP literal (Node connects to literals without calling `lookup`). Returns the
 * refusal, or undefined when the host is a name (checked at lookup) or a public address.
 */
export function refuseLiteralHost(hostname: string, allowPrivate: boolean): PrivateAddressError | undefined {
  if (allowPrivate) return undefined;
  const bare = hostname.replace(/^\[|\]$/g, '');
  const range = addressRange(bare);
  if (range === undefined || PUBLIC_RANGES.has(range)) return undefined;
  return new PrivateAddressError(hostname, bare, range);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Wrap a resolver so that every address it returns is checked before the socket connects. With `allowPrivate` the
 * resolver is returned as is.
 */
export function guardedLookup(base: LookupFunction | undefined, allowPrivate: boolean): LookupFunction {
  const resolve = base ?? (dnsLookup as unknown as LookupFunction);
  if (allowPrivate) return resolve;
  const guarded = (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    resolve(hostname, options, ((error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => {
      if (error) return callback(error, address, family);
      const all: LookupAddress[] = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
      for (const entry of all) {
        const range = addressRange(entry.address) ?? 'not an IP address';
        if (!PUBLIC_RANGES.has(range)) return callback(new PrivateAddressError(hostname, entry.address, range), address, family);
      }
      callback(null, address, family);
    }) as LookupCallback as never);
  };
  return guarded as unknown as LookupFunction;
}
