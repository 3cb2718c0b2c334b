/**
 * One HTTP GET with node:http/https and the deadlines a crawler of sites it does not control needs: connect, first
 * byte and whole body (A1, A2); a byte cap applied after decompression (B1, B2); truncation detected (A3); TLS
 * verified unless the host is opted out (A8); the address guard in `lookup` (E3). Redirects are NOT followed here:
 * fetch-page.ts follows them hop by hop so each hop passes robots and the guard again.
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import { pipeline, Transform, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { refuseLiteralHost } from './address-guard.js';
import { mediaType } from './content-type.js';
import { FETCH_CODES, FetchError } from './fetch-errors.js';

/** More stacked Content-Encodings than this are refused (B2): real servers use one, rarely two. */
const MAX_CODINGS = 2;

/** What we can decode, in the Accept-Encoding we send. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

export interface HttpGetRequest {
  readonly url: URL;
  readonly headers: Record<string, string>;
  readonly lookup: LookupFunction;
  readonly allowPrivateNetworks: boolean;
  /** Skip certificate verification (crawl.insecureTlsHosts only). */
  readonly insecureTls: boolean;
  readonly connectTimeoutMs: number;
  readonly firstByteTimeoutMs: number;
  readonly timeoutMs: number;
  /** The setting named when the whole-request deadline fires; default crawl.timeoutMs (crawl.hostBudgetMs when that was shorter). */
  readonly timeoutLabel?: string;
  /** Cap on decoded (decompressed) body bytes. */
  readonly maxBytes: number;
  /** Keep the first maxBytes and stop instead of failing (robots.txt: parse the first 500 KiB, C4). */
  readonly truncateAtCap?: boolean;
  /** Read the body only when this accepts the media type (B6: a PDF is not downloaded to be thrown away). */
  readonly acceptType?: (mediaType: string) => boolean;
  readonly agents?: { readonly http: http.Agent; readonly https: https.Agent };
  readonly signal?: AbortSignal;
  /** Test hook: replaces the socket factory (E3 tests make reaching it a failure). */
  readonly createConnection?: (options: object) => Socket;
}

export interface HttpGetResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Record<string, string>;
  /** Decoded (decompressed) body; empty for redirects and 304. */
  readonly body: Buffer;
  /** true when truncateAtCap cut the body. */
  readonly cut: boolean;
  /** true when acceptType refused the media type and the body was not read. */
  readonly skipped: boolean;
  /** The address actually connected to. */
  readonly remoteAddress?: string;
}

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export function isRedirectStatus(status: number): boolean {
  return REDIRECTS.has(status);
}

function flattenHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate: a zlib stream starts with a CMF byte
 * whose low nibble is 8, so the first byte picks the decoder.
 */
function deflateDecoder(): Transform {
  let inner: zlib.Inflate | zlib.InflateRaw | undefined;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!inner) {
        inner = (chunk[0]! & 0x0f) === 8 ? zlib.createInflate() : zlib.createInflateRaw();
        inner.on('data', (out: Buffer) => this.push(out));
        inner.on('error', (error) => this.destroy(error));
      }
      if (inner.write(chunk)) callback();
      else inner.once('drain', () => callback());
    },
    flush(callback) {
      if (!inner) return callback();
      inner.once('end', () => callback());
      inner.end();
    },
    destroy(error, callback) {
      inner?.destroy();
      callback(error);
    },
  });
}

function decoderFor(coding: string): Transform {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return deflateDecoder();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError(FETCH_CODES.encoding, `unsupported Content-Encoding "${coding}"`);
  }
}

/** The codings to undo, outermost first (the header lists them in the order they were applied). */
export function parseCodings(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
    .reverse();
}

/** Perform one GET; rejects with a FetchError (FETCH_CODES) or a Node network error. */
export function httpGet(request: HttpGetRequest): Promise<HttpGetResponse> {
  const { url } = request;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new FetchError('ERR_INVALID_PROTOCOL', `scheme ${url.protocol} is not fetched`));
  }
  const refused = refuseLiteralHost(url.hostname, request.allowPrivateNetworks);
  if (refused) return Promise.reject(refused);

  return new Promise<HttpGetResponse>((resolve, reject) => {
    const timers = new Set<NodeJS.Timeout>();
    let settled = false;
    let req: http.ClientRequest | undefined;
    let res: IncomingMessage | undefined;
    const streams: Readable[] = [];

    const cleanup = (): void => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      request.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      cleanup();
      for (const s of streams) s.destroy();
      res?.destroy();
      req?.destroy();
      reject(error);
    };
    const succeed = (value: HttpGetResponse): void => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve(value);
    };
    const timer = (ms: number, code: string, label: string): NodeJS.Timeout => {
      const t = setTimeout(() => fail(new FetchError(code, `${ms} ms (${label})`)), ms);
      timers.add(t);
      return t;
    };
    const onAbort = (): void => fail(new FetchError(FETCH_CODES.aborted, 'aborted'));
    if (request.signal?.aborted) return onAbort();
    request.signal?.addEventListener('abort', onAbort, { once: true });

    timer(request.timeoutMs, FETCH_CODES.totalTimeout, request.timeoutLabel ?? 'crawl.timeoutMs');
    const isHttps = url.protocol === 'https:';
    const options: https.RequestOptions = {
      method: 'GET',
      headers: { 'accept-encoding': ACCEPT_ENCODING, ...request.headers },
      lookup: request.lookup,
      agent: request.agents ? (isHttps ? request.agents.https : request.agents.http) : false,
      rejectUnauthorized: !request.insecureTls,
    };
    if (request.createConnection) {
      // Node uses createConnection only when no agent is given at all (agent: false makes a fresh Agent).
      delete options.agent;
      options.createConnection = request.createConnection as never;
    }
    try {
      req = (isHttps ? https : http).request(url, options);
    } catch (error) {
      return fail(error as Error);
    }
    let firstByte: NodeJS.Timeout | undefined;
    const startFirstByte = (): void => {
      firstByte = timer(request.firstByteTimeoutMs, FETCH_CODES.firstByteTimeout, 'crawl.firstByteTimeoutMs');
    };
    req.on('socket', (socket: Socket) => {
      if (!socket.connecting) return startFirstByte();
      const connect = timer(request.connectTimeoutMs, FETCH_CODES.connectTimeout, 'crawl.connectTimeoutMs');
      socket.once(isHttps ? 'secureConnect' : 'connect', () => {
        clearTimeout(connect);
        startFirstByte();
      });
    });
    req.on('error', (error) => fail(error));
    req.on('response', (response) => {
      res = response;
      if (firstByte) clearTimeout(firstByte);
      const status = response.statusCode ?? 0;
      const headers = flattenHeaders(response);
      const remoteAddress = response.socket?.remoteAddress;
      const base = { status, headers, ...(remoteAddress ? { remoteAddress } : {}) };
      if (isRedirectStatus(status) || status === 304 || status === 204) {
        // Nothing to read; dropping the socket is cheaper than draining a body a hostile server may trickle.
        if (isRedirectStatus(status)) response.destroy();
        else response.resume();
        return succeed({ ...base, body: Buffer.alloc(0), cut: false, skipped: false });
      }
      if (request.acceptType && !request.acceptType(mediaType(headers['content-type']))) {
        response.destroy();
        return succeed({ ...base, body: Buffer.alloc(0), cut: false, skipped: true });
      }
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > request.maxBytes && !request.truncateAtCap) {
        return fail(new FetchError(FETCH_CODES.tooLarge, `Content-Length ${declared} bytes is over the cap of ${request.maxBytes}`));
      }
      let codings: string[];
      try {
        codings = parseCodings(headers['content-encoding']);
        if (codings.length > MAX_CODINGS) {
          throw new FetchError(FETCH_CODES.encoding, `Content-Encoding stacks ${codings.length} codings (more than ${MAX_CODINGS} are refused)`);
        }
        for (const coding of codings) streams.push(decoderFor(coding));
      } catch (error) {
        return fail(error as Error);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let cut = false;
      const last: Readable =
        streams.length === 0
          ? response
          : (pipeline([response, ...streams] as unknown as [Readable, ...Readable[]], (error) => {
              if (error && !settled && !cut) fail(new FetchError(FETCH_CODES.encoding, error.message));
            }) as unknown as Readable);
      let wireBytes = 0;
      response.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
      });
      const cutShort = (): FetchError =>
        new FetchError(
          FETCH_CODES.truncated,
          `the connection closed after ${wireBytes} of ${headers['content-length'] ?? 'an unknown number of'} bytes`,
        );
      response.on('close', () => {
        if (!response.complete && !settled && !cut) fail(cutShort());
      });
      response.on('error', (error) => {
        if (cut) return;
        fail(response.complete ? error : cutShort());
      });
      last.on('data', (chunk: Buffer) => {
        if (settled) return;
        if (size + chunk.length > request.maxBytes) {
          if (!request.truncateAtCap) {
            return fail(new FetchError(FETCH_CODES.tooLarge, `the body passed the cap of ${request.maxBytes} bytes after decompression`));
          }
          chunks.push(chunk.subarray(0, request.maxBytes - size));
          size = request.maxBytes;
          cut = true;
          for (const s of streams) s.destroy();
          response.destroy();
          return succeed({ ...base, body: Buffer.concat(chunks, size), cut, skipped: false });
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      last.on('end', () => {
        if (!response.complete) {
          return fail(cutShort());
        }
        succeed({ ...base, body: Buffer.concat(chunks, size), cut, skipped: false });
      });
    });
    req.end();
  });
}
