import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { resolvesToPublic } from '../../src/crawl/private-address.js';

/** A fake resolver (E3: no packet may leave loopback): answers from a table. */
function fakeLookup(table: Record<string, string[]>): LookupFunction {
  return ((host: string, _options: unknown, callback: (e: Error | null, a: { address: string; family: number }[]) => void) => {
    const addresses = table[host];
    if (!addresses) return callback(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }), []);
    callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  }) as unknown as LookupFunction;
}

describe('resolvesToPublic: the browser requests\' address guard (E3)', () => {
  const lookup = fakeLookup({
    'shop.example': ['93.184.216.34'],
    'internal.example': ['10.0.0.1'],
    'mixed.example': ['93.184.216.34', '127.0.0.1'],
    'metadata.example': ['169.254.169.254'],
  });
  it.each([
    ['shop.example', true],
    ['internal.example', false],
    ['mixed.example', false],
    ['metadata.example', false],
    ['unknown.example', false],
    ['127.0.0.1', false],
    ['[::1]', false],
    ['[::ffff:127.0.0.1]', false],
    ['0.0.0.0', false],
    ['93.184.216.34', true],
  ])('%s → %s', async (host, expected) => {
    expect(await resolvesToPublic(host, lookup)).toBe(expected);
  });
});
