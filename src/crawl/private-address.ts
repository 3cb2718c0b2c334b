/**
 * The browser's share of the address guard (E3): may Chromium contact this hostname? The HTTP fetcher guards its
 * own sockets (src/fetch/address-guard.ts); this applies the same rule, with the same resolver, to the requests
 * Chromium makes by itself (sub-resources, scripts' fetches, redirects), which the browser pool routes here.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { addressRange, isPublicAddress } from '../fetch/address-guard.js';

/** Resolve a hostname with the injected or system lookup; true only when every address it gives is public. */
export function resolvesToPublic(hostname: string, lookup: LookupFunction = dnsLookup as unknown as LookupFunction): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (addressRange(host) !== undefined) return Promise.resolve(isPublicAddress(host));
  return new Promise((resolve) => {
    lookup(host, { all: true }, (error, addresses) => {
      if (error) return resolve(false);
      const list = Array.isArray(addresses) ? addresses : [{ address: String(addresses) }];
      resolve(list.length > 0 && list.every((a) => isPublicAddress(a.address)));
    });
  });
}
