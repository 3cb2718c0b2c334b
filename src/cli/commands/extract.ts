/**
 * `servicediff extract FILE|-|URL [--url URL] [--format json]`: print the terms one page states, as the TERMS.md JSON.
 * A file or standard input is read as it is; an http(s) argument is fetched through the crawler (TERMS.md), with the
 * crawl settings of the config when there is one. Nothing else touches the network.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { CrawlConfig } from '../../config/config-schema.js';
import type { Command } from 'commander';
import { EXIT, fsReason, InputError, UsageError } from '../../errors.js';
import type { CommandSpec } from '../command-spec.js';

/** Largest body read from standard input or a file (policy pages are far smaller). */
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
    const page = /^https?:\/\//i.test(input) ? await fetchPage(input, context.global.config, context.signal) : await readInput(input);
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
    throw new InputError(`cannot read "${path}": ${fsReason(error)}`, { hint: 'pass an HTML or text file, "-" for standard input, or an http(s) URL' });
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

/**
 * Fetch through the crawler's polite fetcher (robots.txt, redirects and the address guard on every hop, byte cap,
 * charset detection, bot-wall and soft-404 classification), with the crawl settings of the config when there is one.
 */
async function fetchPage(url: string, configPath: string | undefined, signal: AbortSignal): Promise<Page> {
  const { fetchOnce } = await import('../../fetch/fetch-page.js');
  const { userAgentFor } = await import('../../fetch/user-agent.js');
  const crawl = await crawlSettings(configPath);
  const outcome = await fetchOnce(url, { crawl, userAgent: userAgentFor(crawl), signal });
  if (!outcome.ok) {
    throw new InputError(`cannot extract ${url}: ${outcome.failure.kind}: ${outcome.failure.reason}`, {
      hint: 'check the address, or save the page and pass the file',
    });
  }
  return { body: outcome.page.body, url: outcome.page.finalUrl, contentType: outcome.page.contentType };
}

/** crawl: of the config file when it exists (a broken one is reported), else the defaults. */
async function crawlSettings(configPath: string | undefined): Promise<CrawlConfig> {
  const { DEFAULT_CONFIG_PATH, loadConfig } = await import('../../config/load-config.js');
  const path = configPath ?? DEFAULT_CONFIG_PATH;
  if (existsSync(path)) return (await loadConfig(path)).config.crawl;
  if (configPath !== undefined && configPath !== DEFAULT_CONFIG_PATH) await loadConfig(path); // names the missing file
  const { configSchema } = await import('../../config/config-schema.js');
  return configSchema.shape.crawl.parse({});
}
