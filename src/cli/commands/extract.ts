/**
 * `servicediff extract FILE|-|URL [--url URL] [--format json]`: print the terms one page states, as the TERMS.md JSON.
 * A file or standard input is read as it is; an http(s) argument is fetched with plain `fetch` (30 s deadline, 5 MB cap)
 * until the crawler's fetcher takes this over. Nothing else touches the network.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EXIT, InputError, UsageError } from '../../errors.js';
import type { CommandSpec } from '../command-spec.js';

/** Whole-request deadline for `extract URL`. */
const FETCH_TIMEOUT_MS = 30_000;
/** Largest body read for `extract URL` or from standard input / a file (policy pages are far smaller). */
const MAX_BYTES = 5 * 1024 * 1024;
/** Bytes inspected to tell text from binary input (PDF, images). */
const SNIFF_BYTES = 4096;

interface Page {
  readonly body: string;
  readonly contentType?: string;
  readonly url: string | null;
}

export const command: CommandSpec = {
  configure(cmd: Command) {
    cmd
      .argument('<input>', 'an HTML or text file, "-" for standard input, or an http(s) URL to fetch')
      .option('--url <url>', 'the address the page came from (context only; nothing is fetched)')
      .option('--format <format>', 'output format (only "json")', 'json');
  },
  async run(args, options, context) {
    const input = args[0];
    if (!input) throw new UsageError('extract needs an input: a file, "-" for standard input, or an http(s) URL');
    const format = String(options.format ?? 'json');
    if (format !== 'json') throw new UsageError(`--format "${format}" is not supported — use --format json`);
    const urlOption = typeof options.url === 'string' ? options.url : undefined;
    if (urlOption !== undefined && !/^https?:\/\/\S+$/i.test(urlOption)) {
      throw new UsageError(`--url "${urlOption}" is not an http(s) address — pass the page's address, e.g. --url https://shop.example/returns`);
    }
    const page = /^https?:\/\//i.test(input) ? await fetchPage(input, context.signal) : await readInput(input);
    const { extractTerms } = await import('../../extract/extract-terms.js');
    const result = extractTerms({ body: page.body, url: urlOption ?? page.url, ...(page.contentType ? { contentType: page.contentType } : {}) });
    context.output.out(JSON.stringify(result, null, 2));
    return EXIT.ok;
  },
};

async function readInput(path: string): Promise<Page> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    throw new InputError(`cannot read "${path}": ${why}`, { hint: 'pass an HTML or text file, "-" for standard input, or an http(s) URL' });
  }
  if (bytes.length > MAX_BYTES) {
    throw new InputError(`"${path}" is ${bytes.length} bytes, over the ${MAX_BYTES}-byte limit`, { hint: 'pass the policy page itself, not an archive or export' });
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new InputError(`"${path}" is binary, not HTML or text`, { hint: 'save the page as HTML or text first' });
  }
  const contentType = /\.txt$/i.test(path) ? 'text/plain' : /\.x?html?$/i.test(path) ? 'text/html' : undefined;
  return { body: decode(bytes), url: null, ...(contentType ? { contentType } : {}) };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BYTES) throw new InputError(`standard input is over the ${MAX_BYTES}-byte limit`, { hint: 'pipe one policy page at a time' });
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function fetchPage(url: string, signal: AbortSignal): Promise<Page> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      headers: { 'user-agent': 'servicediff (policy comparison; +https://github.com/servicediff)', accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' },
      signal: AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const why = timedOut ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new InputError(`cannot fetch ${url}: ${why}`, { hint: 'check the address, or save the page and pass the file' });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new InputError(`cannot fetch ${url}: HTTP ${response.status}`, { hint: 'check the address, or save the page and pass the file' });
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType && !/^text\/|html|xml/.test(contentType)) {
    await response.body?.cancel();
    throw new InputError(`cannot extract ${url}: it is ${contentType}, not HTML or text`, { hint: 'policy pages in PDF or images are not supported' });
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_BYTES) {
    await response.body?.cancel();
    throw new InputError(`cannot fetch ${url}: ${declared} bytes is over the ${MAX_BYTES}-byte limit`, { hint: 'save the relevant part of the page and pass the file' });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_BYTES) {
        await reader.cancel();
        throw new InputError(`cannot fetch ${url}: the body is over the ${MAX_BYTES}-byte limit`, { hint: 'save the relevant part of the page and pass the file' });
      }
      chunks.push(value);
    }
  }
  const body = decode(Buffer.concat(chunks));
  return { body, url: response.url || url, contentType: contentType || 'text/html' };
}
