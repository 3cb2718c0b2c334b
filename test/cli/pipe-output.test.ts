/**
 * Output through a pipe (issue 13, defects 1 and 2): every byte of a large export reaches the reader, and a reader
 * that stops early (`| head -1`) ends the command quietly with exit 0 — for every command and format. A real child
 * process writes into a real pipe; a market of several hundred shops makes every export larger than a megabyte, far
 * more than a pipe buffers.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessId } from '../../src/model.js';
import { openStore } from '../../src/store/open-store.js';
import type { TermReadings } from '../../src/terms.js';
import { within } from '../store/fixtures/child.js';
import { business, okPage, scanOf } from '../store/fixtures/scan-builder.js';
import { CLI_ENTRY, TSX_LOADER } from '../helpers/run-cli.js';

/** You and the 200 competitors a config may name: compare --format json, csv and history --format json are each over a megabyte. */
const SHOPS = 201;
const W1 = '2026-02-02T06:00:00.000Z';
const MEGABYTE = 1024 * 1024;

let dir: string;
let config: string;
let db: string;

/** An in-house evidence sentence padded to about 250 characters, so the CSV and history carry real weight. */
function evidence(shop: number, what: string): string {
  return `Shop number ${shop} writes that ${what}; this sentence is long on purpose, the way real policy pages explain their rules at length, with exceptions, conditions, the odd aside about holidays and sale items, and a reminder to keep the receipt and the original packaging until the period is over.`;
}

/** Long trading names: the id of each shop appears in every verdict of the JSON export. */
function shopName(shop: number): string {
  return `Shop ${shop} Household Goods and Garden Supplies Trading Company`;
}

function termsOf(shop: number): TermReadings {
  return {
    'returns.window_days': { value: 14 + (shop % 60), evidence: evidence(shop, `returns are accepted within ${14 + (shop % 60)} days`), confidence: 0.9 },
    'returns.restocking_fee': { value: { percent: shop % 3 === 0 ? 0 : 10 }, evidence: evidence(shop, 'a restocking fee may apply'), confidence: 0.8 },
    'returns.refund_method': { value: ['original_payment'], evidence: evidence(shop, 'refunds go back to the card used'), confidence: 0.8 },
    'shipping.free_threshold': { value: { amount: 25 + (shop % 50), currency: 'USD' }, evidence: evidence(shop, 'shipping is free above a basket size'), confidence: 0.8 },
    'shipping.tracking': { value: true, evidence: evidence(shop, 'every parcel is tracked'), confidence: 0.8 },
    'shipping.delivery_days': { value: { min: 2, max: 2 + (shop % 5) }, evidence: evidence(shop, 'standard parcels take a few days'), confidence: 0.8 },
    'shipping.international': { value: shop % 2 === 0, evidence: evidence(shop, 'some countries are served'), confidence: 0.8 },
    'support.channels': { value: ['email', 'phone', 'chat'], evidence: evidence(shop, 'you can write, call or chat'), confidence: 0.8 },
    'support.hours': { value: 'Mo-Fr 09:00-17:00', timezone: 'America/New_York', evidence: evidence(shop, 'the team answers on weekdays'), confidence: 0.8 },
    'warranty.duration_months': { value: 12 + (shop % 24), evidence: evidence(shop, 'products carry a warranty'), confidence: 0.8 },
    'returns.exchanges': { value: shop % 4 !== 0, evidence: evidence(shop, 'items can be swapped'), confidence: 0.8 },
    'returns.refund_days': { value: 3 + (shop % 9), evidence: evidence(shop, 'refunds are issued promptly'), confidence: 0.8 },
    'guarantee.money_back_days': { value: 30 + (shop % 3) * 30, evidence: evidence(shop, 'money comes back if you are unhappy'), confidence: 0.8 },
    'support.response_hours': { value: 12 + (shop % 4) * 12, evidence: evidence(shop, 'emails get an answer soon'), confidence: 0.8 },
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-pipe-'));
  db = join(dir, 'data', 'servicediff.json');
  config = join(dir, 'servicediff.yaml');
  const lines = ['you:', `  name: ${shopName(0)}`, '  site: https://shop-0.example', 'competitors:'];
  for (let i = 1; i < SHOPS; i++) lines.push(`  - name: ${shopName(i)}`, `    site: https://shop-${i}.example`);
  lines.push('report:', `  folder: ${JSON.stringify(join(dir, 'reports'))}`, 'store:', `  snapshots: ${JSON.stringify(join(dir, 'data', 'snapshots'))}`, '');
  await writeFile(config, lines.join('\n'));
  const store = await openStore(db, { snapshotsDir: join(dir, 'data', 'snapshots'), lock: true, writer: 'scan', create: true });
  const businesses = [];
  for (let i = 0; i < SHOPS; i++) {
    const url = `https://shop-${i}.example/returns`;
    businesses.push(business(businessId(shopName(i)), [okPage(url, `page of shop ${i}`, termsOf(i), W1)], i === 0));
  }
  await store.recordScan(scanOf(W1, businesses));
  await store.close();
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface PipedRun {
  readonly code: number | string;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * Run the CLI with stdout on a pipe. `readBytes` undefined reads everything; 0 closes the reading end before the
 * child writes a byte; n > 0 closes it after the first chunk once n bytes have arrived (as `head` does).
 */
function piped(args: string[], readBytes?: number): Promise<PipedRun> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI_ENTRY, '--config', config, '--db', db, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', SERVICEDIFF_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  let received = 0;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  if (readBytes === 0) child.stdout.destroy();
  else
    child.stdout.on('data', (d: Buffer) => {
      chunks.push(d);
      received += d.length;
      if (readBytes !== undefined && received >= readBytes) child.stdout.destroy();
    });
  const exited = new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? -1)));
  return within(exited, 60_000, `servicediff ${args.join(' ')}`).then((code) => ({ code, stdout: Buffer.concat(chunks), stderr }));
}

describe('issue 13, defect 1: a large export through a pipe arrives whole', () => {
  it('when compare --format json is piped then the reader gets over a megabyte of complete, parseable JSON', async () => {
    const run = await piped(['compare', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(MEGABYTE);
    const data = JSON.parse(run.stdout.toString('utf8')) as { competitors: unknown[] };
    expect(data.competitors).toHaveLength(SHOPS - 1);
  }, 90_000);

  it('when compare --format csv is piped then every row arrives (header + one per term and shop)', async () => {
    const run = await piped(['compare', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(MEGABYTE);
    const text = run.stdout.toString('utf8');
    expect(text.endsWith('\n')).toBe(true);
    const rows = text.trimEnd().split('\n');
    const { TERM_IDS } = await import('../../src/terms.js');
    expect(rows).toHaveLength(1 + TERM_IDS.length * SHOPS);
  }, 90_000);

  it('when history --format json is piped then every change arrives', async () => {
    const run = await piped(['history', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(MEGABYTE);
    const changes = JSON.parse(run.stdout.toString('utf8')) as unknown[];
    expect(changes).toHaveLength(SHOPS * Object.keys(termsOf(0)).length);
  }, 90_000);
});

describe('issue 13, defect 2: a reader that stops early ends the command quietly with exit 0', () => {
  it.each([
    ['compare (table)', ['compare']],
    ['compare --format json', ['compare', '--format', 'json']],
    ['compare --format csv', ['compare', '--format', 'csv']],
    ['compare --format md', ['compare', '--format', 'md']],
    ['history (table)', ['history']],
    ['history --format json', ['history', '--format', 'json']],
  ])('when the reader of %s closes after the first line then there is no EPIPE trace and the exit code is 0', async (_name, args) => {
    const run = await piped(args, 1);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 90_000);

  it.each([
    ['compare', ['compare', 'shop-1-household-goods-and-garden-supplies-trading-company']],
    ['history', ['history', 'shop-1-household', '--format', 'md']],
    ['report', ['report']],
    ['extract', ['extract', '-']],
    ['--help', ['--help']],
  ])('when stdout of %s is closed before it writes then it still exits 0 without a word on stderr', async (_name, args) => {
    const run = await piped(args, 0);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 90_000);
});
