/**
 * Node's network errors mapped to a ProblemKind and one line a person can act on (A1, A6, A8, E3). Pure: takes the
 * error and the URL, returns values.
 */
import type { ProblemKind } from '../model.js';
import { PRIVATE_ADDRESS_CODE } from './address-guard.js';

/**
 * Statuses that say a URL does not exist (remembered as missing, or a remembered file forgotten); a 5xx or a timeout
 * says nothing about the URL, only about the host this time.
 */
export const GONE_STATUSES: ReadonlySet<number> = new Set([404, 410]);

/** Codes raised by http-get.ts itself. */
export const FETCH_CODES = {
  connectTimeout: 'ESERVICEDIFF_CONNECT_TIMEOUT',
  firstByteTimeout: 'ESERVICEDIFF_FIRST_BYTE_TIMEOUT',
  totalTimeout: 'ESERVICEDIFF_TOTAL_TIMEOUT',
  tooLarge: 'ESERVICEDIFF_TOO_LARGE',
  truncated: 'ESERVICEDIFF_TRUNCATED',
  encoding: 'ESERVICEDIFF_BAD_ENCODING',
  aborted: 'ESERVICEDIFF_ABORTED',
} as const;

/** An error raised by http-get.ts with one of FETCH_CODES. */
export class FetchError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

interface Mapping {
  readonly kind: ProblemKind;
  /** Worth another attempt (A1, A3): transient network trouble, not a refusal. */
  readonly retryable: boolean;
  /** The whole host is out of reach (refused, unknown, unreachable), not just this page: skip its other URLs. */
  readonly hostLevel?: boolean;
  readonly say: (detail: string) => string;
}

/** code → problem; the `say` text follows "<url>: ". */
const BY_CODE: Record<string, Mapping> = {
  ECONNREFUSED: { hostLevel: true, kind: 'network', retryable: false, say: () => 'connection refused; is the site down or the port wrong?' },
  ENOTFOUND: { hostLevel: true, kind: 'dns', retryable: false, say: () => 'host name not found (DNS); check the spelling of the site URL' },
  EAI_AGAIN: { kind: 'dns', retryable: true, say: () => 'DNS lookup failed temporarily; try again later' },
  ETIMEDOUT: { kind: 'timeout', retryable: true, say: () => 'connection timed out' },
  ECONNRESET: { kind: 'network', retryable: true, say: () => 'connection reset by the server' },
  EPIPE: { kind: 'network', retryable: true, say: () => 'connection closed by the server while sending' },
  EHOSTUNREACH: { hostLevel: true, kind: 'network', retryable: false, say: () => 'host unreachable' },
  ENETUNREACH: { hostLevel: true, kind: 'network', retryable: false, say: () => 'network unreachable' },
  HPE_INVALID_CONSTANT: { kind: 'network', retryable: false, say: () => 'the server sent malformed HTTP' },
  HPE_HEADER_OVERFLOW: { kind: 'network', retryable: false, say: () => 'the server sent oversized headers' },
  [PRIVATE_ADDRESS_CODE]: {
    hostLevel: true,
    kind: 'private-address',
    retryable: false,
    say: (d) => `refused: ${d}; set crawl.allowPrivateNetworks: true only for sites on your own network`,
  },
  [FETCH_CODES.connectTimeout]: { kind: 'timeout', retryable: true, say: (d) => `no connection within ${d}` },
  [FETCH_CODES.firstByteTimeout]: { kind: 'timeout', retryable: true, say: (d) => `no response within ${d}` },
  [FETCH_CODES.totalTimeout]: { kind: 'timeout', retryable: true, say: (d) => `body not complete within ${d}` },
  [FETCH_CODES.tooLarge]: { kind: 'too-large', retryable: false, say: (d) => `too large: ${d}; raise crawl.maxBytes if this page is real` },
  [FETCH_CODES.truncated]: { kind: 'network', retryable: true, say: (d) => `body cut short: ${d}` },
  [FETCH_CODES.encoding]: { kind: 'unsupported-type', retryable: false, say: (d) => `cannot decode the body: ${d}` },
  [FETCH_CODES.aborted]: { kind: 'network', retryable: false, say: () => 'stopped: the scan was cancelled' },
};

/** TLS verification failures (A8): the fix is a real certificate, or crawl.insecureTlsHosts for your own host. */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

export interface MappedError {
  readonly kind: ProblemKind;
  readonly retryable: boolean;
  /** The host as a whole cannot be reached (see Mapping.hostLevel). */
  readonly hostLevel: boolean;
  /** One line: URL, what happened, what to do. */
  readonly reason: string;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Map any error from a request to a problem kind and a one-line reason naming the URL. */
export function mapFetchError(error: unknown, url: string): MappedError {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const oneLine = (text: string) => `${url}: ${text}`.replace(/\s*\n\s*/g, ' ');
  if (code && TLS_CODES.has(code)) {
    const host = new URL(url).hostname;
    return {
      kind: 'tls',
      retryable: false,
      hostLevel: true,
      reason: oneLine(
        `TLS certificate not accepted (${code}); fix the site's certificate, or add "${host}" to crawl.insecureTlsHosts if you run it yourself`,
      ),
    };
  }
  const mapping = code ? BY_CODE[code] : undefined;
  if (mapping) return { kind: mapping.kind, retryable: mapping.retryable, hostLevel: mapping.hostLevel === true, reason: oneLine(mapping.say(message)) };
  return { kind: 'network', retryable: true, hostLevel: false, reason: oneLine(`request failed: ${code ? `${code} ` : ''}${message}`) };
}
