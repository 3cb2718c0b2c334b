/** Node errors → ProblemKind and one actionable line (A6, A8, E3 wording). */
import { describe, expect, it } from 'vitest';
import { PrivateAddressError } from '../../src/fetch/address-guard.js';
import { FETCH_CODES, FetchError, mapFetchError } from '../../src/fetch/fetch-errors.js';
import { userAgentFor } from '../../src/fetch/user-agent.js';

const URL_ = 'https://lamps.example/returns';
const err = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('mapFetchError', () => {
  it.each([
    [err('ECONNREFUSED'), 'network', false, /connection refused/],
    [err('ENOTFOUND'), 'dns', false, /host name not found/],
    [err('ECONNRESET'), 'network', true, /reset/],
    [err('ETIMEDOUT'), 'timeout', true, /timed out/],
    [err('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls', false, /crawl\.insecureTlsHosts/],
    [err('CERT_HAS_EXPIRED'), 'tls', false, /"lamps\.example"/],
    [new PrivateAddressError('lamps.example', '10.0.0.1', 'private'), 'private-address', false, /10\.0\.0\.1.*allowPrivateNetworks/],
    [new FetchError(FETCH_CODES.tooLarge, 'Content-Length 9 bytes is over the cap of 1'), 'too-large', false, /crawl\.maxBytes/],
    [new FetchError(FETCH_CODES.firstByteTimeout, '15000 ms (crawl.firstByteTimeoutMs)'), 'timeout', true, /no response within 15000 ms/],
    [new Error('something odd'), 'network', true, /something odd/],
  ])('%s → %s', (error, kind, retryable, reason) => {
    const mapped = mapFetchError(error, URL_);
    expect(mapped.kind).toBe(kind);
    expect(mapped.retryable).toBe(retryable);
    expect(mapped.reason).toMatch(reason);
    expect(mapped.reason.startsWith(URL_)).toBe(true);
    expect(mapped.reason).not.toMatch(/\n/);
  });
});

describe('userAgentFor', () => {
  it('names the product, its version and a page for site owners, unless crawl.userAgent is set', () => {
    expect(userAgentFor({})).toMatch(/^servicediff\/\d+\.\d+\.\d+ \(\+https:\/\/\S+\)$/);
    expect(userAgentFor({ userAgent: 'acme-audit/1.0' })).toBe('acme-audit/1.0');
  });
});
