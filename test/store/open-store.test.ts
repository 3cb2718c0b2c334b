/**
 * The Store over real lowdb files in temp folders: compact history, term changes, D2 (refuse bad files), D5 (a failed
 * page changes nothing it read before and is marked stale), D6 mid-run (previous db intact), migrations, snapshots.
 * NODE_ENV is "test" under vitest, so every test here also guards against a memory-only adapter (D5's last line).
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type DbDocument } from '../../src/store/db-schema.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreCorruptError, StoreIsFolderError, StoreMissingError, StoreNotWritableError, StoreTooNewError } from '../../src/store/store-errors.js';
import { nodeFs, type StoreFs } from '../../src/store/store-fs.js';
import type { Store } from '../../src/store/store-types.js';
import { business, failedPage, okPage, scanOf, sha, unchangedPage, windowTerms } from './fixtures/scan-builder.js';

let dir: string;
let db: string;
let snapshotsDir: string;
const open: Store[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicediff-store-'));
  db = join(dir, 'data', 'servicediff.json');
  snapshotsDir = join(dir, 'data', 'snapshots');
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function writer(extra: { keepSnapshotScans?: number; fs?: StoreFs } = {}): Promise<Store> {
  const store = await openStore(db, { snapshotsDir, lock: true, writer: 'scan', create: true, keepSnapshotScans: extra.keepSnapshotScans ?? 0 }, extra.fs ? { fs: extra.fs } : {});
  open.push(store);
  return store;
}
async function reader(): Promise<Store> {
  const store = await openStore(db, { snapshotsDir });
  open.push(store);
  return store;
}
async function onDisk(): Promise<DbDocument> {
  return JSON.parse(await readFile(db, 'utf8')) as DbDocument;
}

const RETURNS = 'https://rival.example/returns';
const BODY_30 = '<h1>Returns</h1><p>Send it back within 30 days of delivery for a full refund.</p>';
const BODY_30_REWORDED = '<h1>Returns</h1><p>You have thirty days from delivery to send it back.</p>';
const BODY_14 = '<h1>Returns</h1><p>Send it back within 14 days of delivery for a full refund.</p>';
const W1 = '2026-01-05T06:00:00.000Z';
const W2 = '2026-01-12T06:00:00.000Z';
const W3 = '2026-01-19T06:00:00.000Z';
const W4 = '2026-01-26T06:00:00.000Z';

describe('openStore: scans and history', () => {
  it('when a scan is recorded then a real file is on disk (NODE_ENV=test) and a reader sees its terms', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const store = await writer();
    const { scanId, changes } = await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)])]));
    expect(scanId).toBe('s1');
    expect(changes.map((c) => [c.term, c.kind, c.after])).toEqual([
      ['returns.window_days', 'appeared', 30],
      ['returns.refund_method', 'appeared', ['original_payment', 'store_credit']],
    ]);
    const doc = await onDisk();
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.businesses.rival?.pages[RETURNS]?.contentHash).toBe(sha(BODY_30));
    const terms = (await reader()).latestTerms();
    expect(terms[0]).toMatchObject({ id: 'rival', name: 'Rival', lastScanAt: W1 });
    expect(terms[0]?.terms['returns.window_days']).toMatchObject({ url: RETURNS, origin: 'crawled', observedAt: W1, reading: { value: 30 } });
    expect(terms[0]?.terms['returns.window_days']?.staleSince).toBeUndefined();
  });

  it('when weeks pass unchanged then no reading is added (compact) and each scan adds only outcomes', async () => {
    const store = await writer();
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)])]));
    const sizeAfterFirst = (await stat(db)).size;
    await store.recordScan(scanOf(W2, [business('rival', [unchangedPage(RETURNS, BODY_30, W2)])]));
    // A 200 with the same body (no 304 support on the server) is unchanged too: same hash, no new reading.
    await store.recordScan(scanOf(W3, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W3)])]));
    const doc = await onDisk();
    expect(Object.keys(doc.readings)).toHaveLength(1);
    expect(doc.businesses.rival?.pages[RETURNS]?.history).toHaveLength(1);
    expect(doc.scans.map((s) => s.outcomes)).toEqual([[[1, 'o']], [[1, 'u']], [[1, 'o']]]);
    expect((await stat(db)).size - sizeAfterFirst).toBeLessThan(2 * 300); // two scan records, no reading
    expect(store.changes()).toHaveLength(2);
    expect(store.scans().map((s) => [s.id, s.pagesOk, s.pagesUnchanged, s.pagesFailed])).toEqual([
      ['s1', 1, 0, 0],
      ['s2', 0, 1, 0],
      ['s3', 1, 0, 0],
    ]);
  });

  it('when a page says how its text was obtained then the stored page keeps it, through an unchanged week, until a fresh read says otherwise', async () => {
    const store = await writer();
    await store.recordScan(scanOf(W1, [business('rival', [{ ...okPage(RETURNS, BODY_30, windowTerms(30), W1), textFrom: 'payload' }])]));
    expect(store.pages('rival')[0]?.textFrom).toBe('payload');
    await store.recordScan(scanOf(W2, [business('rival', [unchangedPage(RETURNS, BODY_30, W2)])]));
    expect(store.pages('rival')[0]?.textFrom).toBe('payload');
    await store.recordScan(scanOf(W3, [business('rival', [{ ...okPage(RETURNS, BODY_14, windowTerms(14), W3), textFrom: 'rendered' }])]));
    expect((await onDisk()).businesses.rival?.pages[RETURNS]?.textFrom).toBe('rendered');
  });

  it('when the page is reworded with the same terms then a reading is stored but no change; a new value is a change', async () => {
    const store = await writer();
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)])]));
    const reworded = await store.recordScan(scanOf(W2, [business('rival', [okPage(RETURNS, BODY_30_REWORDED, windowTerms(30, 'You have'), W2)])]));
    expect(reworded.changes).toEqual([]);
    const changed = await store.recordScan(scanOf(W3, [business('rival', [okPage(RETURNS, BODY_14, windowTerms(14), W3)])]));
    expect(changed.changes).toEqual([
      expect.objectContaining({
        business: 'rival', term: 'returns.window_days', kind: 'changed', before: 30, after: 14, url: RETURNS, seenAt: W3, cause: 'scan',
        evidenceBefore: 'You have within 30 days of delivery for a full refund.',
        evidenceAfter: 'Send it back within 14 days of delivery for a full refund.',
      }),
    ]);
    const history = (await reader()).changes({ business: 'rival' });
    expect(history.map((c) => [c.seenAt, c.term])).toEqual([
      [W3, 'returns.window_days'],
      [W1, 'returns.window_days'],
      [W1, 'returns.refund_method'],
    ]);
    expect(store.changes({ term: 'returns.refund_method' })).toHaveLength(1);
    expect(store.changes({ since: '2026-01-10' }).map((c) => c.seenAt)).toEqual([W3]);
    expect(store.previousPageState('rival', RETURNS)).toMatchObject({ contentHash: sha(BODY_14), etag: `"${sha(BODY_14).slice(0, 8)}"` });
  });

  it('D5: when a page fails this week then its terms, hashes and history are byte-identical and its terms are stale since the last good scan', async () => {
    const store = await writer();
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)]), business('you', [okPage('https://you.example/returns', BODY_14, windowTerms(14), W1)], true)]));
    await store.recordScan(scanOf(W2, [business('rival', [unchangedPage(RETURNS, BODY_30, W2)]), business('you', [unchangedPage('https://you.example/returns', BODY_14, W2)], true)]));
    const before = await onDisk();
    const blocked = failedPage(RETURNS, W3, 'rival');
    const result = await store.recordScan(scanOf(W3, [business('rival', [blocked]), business('you', [unchangedPage('https://you.example/returns', BODY_14, W3)], true)]));
    expect(result.changes).toEqual([]); // a failed page is not a disappearance
    const after = await onDisk();
    const page = (doc: DbDocument) => doc.businesses.rival!.pages[RETURNS]!;
    expect(JSON.stringify(after.readings)).toBe(JSON.stringify(before.readings));
    expect(JSON.stringify(after.changes)).toBe(JSON.stringify(before.changes));
    const { lastStatus: statusAfter, ...restAfter } = page(after);
    const { lastStatus: statusBefore, ...restBefore } = page(before);
    expect(JSON.stringify(restAfter)).toBe(JSON.stringify(restBefore));
    expect([statusBefore, statusAfter]).toEqual(['unchanged', 'failed']);

    const reopened = await reader();
    const rival = reopened.latestTerms().find((b) => b.id === 'rival')!;
    expect(rival.terms['returns.window_days']).toMatchObject({ reading: { value: 30 }, staleSince: W2 });
    expect(reopened.latestTerms().find((b) => b.id === 'you')!.terms['returns.window_days']?.staleSince).toBeUndefined();
    expect(reopened.latestProblems()).toEqual([blocked.problem]);
    expect(reopened.scans().at(-1)).toMatchObject({ pagesFailed: 1, pagesUnchanged: 1, problems: 1, changes: 0 });

    // The next good week clears the stale mark.
    await store.recordScan(scanOf(W4, [business('rival', [unchangedPage(RETURNS, BODY_30, W4)])]));
    expect(store.latestTerms().find((b) => b.id === 'rival')!.terms['returns.window_days']?.staleSince).toBeUndefined();
  });

  it('when the page body is snapshotted then each distinct body is stored once, compressed, and readable by hash', async () => {
    const store = await writer();
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)]), business('twin', [okPage('https://twin.example/returns', BODY_30, windowTerms(30), W1)])]));
    expect(await store.readSnapshot(sha(BODY_30))).toBe(BODY_30);
    const bucket = await readdir(join(snapshotsDir, sha(BODY_30).slice(0, 2)));
    expect(bucket).toEqual([`${sha(BODY_30)}.gz`]);
    expect(await store.readSnapshot('0'.repeat(64))).toBeUndefined();
    expect(await store.readSnapshot('../../etc/passwd')).toBeUndefined();
  });

  it('when keepSnapshotScans is 2 then snapshots no longer referenced by the last 2 scans of any page are deleted', async () => {
    const store = await writer({ keepSnapshotScans: 2 });
    const bodies = [BODY_30, BODY_30_REWORDED, BODY_14];
    const weeks = [W1, W2, W3];
    for (let i = 0; i < 3; i++) await store.recordScan(scanOf(weeks[i]!, [business('rival', [okPage(RETURNS, bodies[i]!, windowTerms(i === 2 ? 14 : 30), weeks[i]!)])]));
    expect(await store.readSnapshot(sha(BODY_30))).toBeUndefined(); // only scan 1 used it
    expect(await store.readSnapshot(sha(BODY_30_REWORDED))).toBe(BODY_30_REWORDED);
    expect(await store.readSnapshot(sha(BODY_14))).toBe(BODY_14);
    // A page unchanged for many weeks keeps its one snapshot.
    for (const week of ['2026-02-02T06:00:00.000Z', '2026-02-09T06:00:00.000Z', '2026-02-16T06:00:00.000Z']) {
      await store.recordScan(scanOf(week, [business('rival', [unchangedPage(RETURNS, BODY_14, week)])]));
    }
    expect(await store.readSnapshot(sha(BODY_14))).toBe(BODY_14);
    expect(await store.readSnapshot(sha(BODY_30_REWORDED))).toBeUndefined();
  });
});

describe('openStore: refusing bad files (D2) and versions', () => {
  it('D1: when a killed writer left a temp file then the next locked open removes it and reads the last whole file', async () => {
    const store = await writer();
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)])]));
    await store.close();
    const stray = join(dir, 'data', '.servicediff.json.99999.tmp');
    await writeFile(stray, '{"schemaVersion":1,"businesses":{"half');
    const reopened = await writer();
    expect(reopened.scans()).toHaveLength(1);
    expect((await readdir(join(dir, 'data'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
  it.each([
    ['0 bytes', Buffer.alloc(0), /0 bytes/],
    ['all NUL bytes', Buffer.alloc(4096, 0), /4096 NUL bytes/],
    ['truncated JSON', null, /truncated or invalid JSON/],
    ['a JSON array', Buffer.from('[]'), /not a JSON object/],
    ['JSON without schemaVersion', Buffer.from('{"hello":1}'), /no schemaVersion/],
  ])('D2: when the db is %s then opening refuses with one line naming the file and the backup, and the file is untouched', async (_name, bytes, what) => {
    const store = await writer();
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)])]));
    await store.recordScan(scanOf(W2, [business('rival', [okPage(RETURNS, BODY_14, windowTerms(14), W2)])]));
    await store.close();
    const good = await readFile(db);
    const broken = bytes ?? good.subarray(0, Math.floor(good.length / 2));
    await writeFile(db, broken);
    for (const options of [{ snapshotsDir }, { snapshotsDir, lock: true as const, writer: 'scan', create: true }]) {
      const error = await openStore(db, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreCorruptError);
      const line = (error as StoreCorruptError).oneLine();
      expect(line).toMatch(what);
      expect(line).toContain(`${db}: database is unreadable`);
      expect(line).toContain(`cp ${db}.bak ${db}`);
      expect(line).not.toContain('\n');
      expect(Buffer.compare(await readFile(db), broken)).toBe(0); // never replaced with an empty one
    }
    // The named backup really is the last good state before the final write, and it opens.
    await writeFile(db, await readFile(`${db}.bak`));
    const restored = await reader();
    expect(restored.scans()).toHaveLength(1);
    await expect(readFile(`${db}.lock`)).rejects.toMatchObject({ code: 'ENOENT' }); // refused opens released the lock
  });

  it('D2: when there is no backup then the message says so', async () => {
    await (await import('node:fs/promises')).mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(db, '');
    const error = (await openStore(db, { snapshotsDir }).catch((e: unknown) => e)) as StoreCorruptError;
    expect(error.oneLine()).toBe(`${db}: database is unreadable (0 bytes: the file is empty); it was left untouched — no backup (${db}.bak) exists; move the file away to start a new history`);
  });

  it('when the db path is a folder (--db data) then reader and writer say so and name a file path, not "move the file away"', async () => {
    const folder = join(dir, 'data');
    await (await import('node:fs/promises')).mkdir(folder, { recursive: true });
    for (const options of [{ snapshotsDir }, { snapshotsDir, lock: true as const, writer: 'scan', create: true }]) {
      const error = (await openStore(folder, options).catch((e: unknown) => e)) as StoreIsFolderError;
      expect(error).toBeInstanceOf(StoreIsFolderError);
      expect(error.oneLine()).toBe(`${folder}: is a folder, not the database file — pass --db (or store.db in the config) a file path, e.g. ${join(folder, 'servicediff.json')}`);
    }
  });

  it('when no db exists then a reader gets "no scan yet" naming the path, and nothing is created', async () => {
    const error = await openStore(db, { snapshotsDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreMissingError);
    expect((error as StoreMissingError).oneLine()).toBe(`no scan yet: run \`servicediff scan\` first (looked for ${db})`);
    await expect(stat(db)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('when the file comes from a newer schema then it is refused with one line and left untouched', async () => {
    await writer();
    await open.pop()!.close();
    const doc = await onDisk();
    const newer = JSON.stringify({ ...doc, schemaVersion: SCHEMA_VERSION + 1 });
    await writeFile(db, newer);
    await expect(openStore(db, { snapshotsDir, lock: true, writer: 'scan' })).rejects.toBeInstanceOf(StoreTooNewError);
    await expect(openStore(db, { snapshotsDir })).rejects.toThrow(`schema version ${SCHEMA_VERSION + 1} is newer than this servicediff supports (${SCHEMA_VERSION})`);
    expect(await readFile(db, 'utf8')).toBe(newer);
  });

  it('when the file is one version older then a writer backs it up as <file>.v<N>.bak and upgrades it', async () => {
    const store = await writer();
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)])]));
    await store.close();
    const old = await readFile(db, 'utf8');
    // A future layout (version SCHEMA_VERSION + 1) that adds a field: the real table's shape, exercised for real.
    const migrations = { [SCHEMA_VERSION]: (doc: Record<string, unknown>) => ({ ...doc, notes: [] }) };
    const upgraded = await openStore(db, { snapshotsDir, lock: true, writer: 'scan' }, { migrations, schemaVersion: SCHEMA_VERSION + 1 });
    open.push(upgraded);
    expect(await readFile(`${db}.v${SCHEMA_VERSION}.bak`, 'utf8')).toBe(old);
    expect(await onDisk()).toMatchObject({ schemaVersion: SCHEMA_VERSION + 1, notes: [] });
    expect(upgraded.latestTerms()[0]?.terms['returns.window_days']?.reading.value).toBe(30);
  });

  it('D6: when the disk fills mid-run (injected ENOSPC on the db write) then the error names the file and the previous db is intact', async () => {
    let full = false;
    const fs: StoreFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        if (full && String(args[0]).endsWith('.tmp')) {
          handle.writeFile = async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        }
        return handle;
      }) as StoreFs['open'],
    };
    const store = await writer({ fs });
    await store.recordScan(scanOf(W1, [business('rival', [okPage(RETURNS, BODY_30, windowTerms(30), W1)])]));
    const before = await readFile(db, 'utf8');
    full = true;
    const error = await store.recordScan(scanOf(W2, [business('rival', [unchangedPage(RETURNS, BODY_30, W2)])])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreNotWritableError);
    expect((error as StoreNotWritableError).oneLine()).toContain(`${db}: cannot write the database there (ENOSPC: no space left on device)`);
    expect(await readFile(db, 'utf8')).toBe(before);
    expect(store.scans()).toHaveLength(1); // memory rolled back to what is on disk
    full = false;
    await store.recordScan(scanOf(W3, [business('rival', [unchangedPage(RETURNS, BODY_30, W3)])]));
    expect((await onDisk()).scans.map((s) => s.startedAt)).toEqual([W1, W3]);
  });
});
