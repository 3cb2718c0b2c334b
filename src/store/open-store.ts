/**
 * The Store (store-types.ts) over one lowdb JSON document plus content-addressed snapshots beside it.
 *
 * Opening, in order: (writers) preflight write probe of the data and snapshot folders → lock → clear temp files
 * left by killed writers; read and validate the file (a bad file is refused, never replaced); refuse a newer
 * schema; migrate an older one after copying it to `<file>.v<N>.bak`. lowdb is built explicitly on the DbFile
 * adapter — never JSONFilePreset, which silently keeps data in memory when NODE_ENV=test.
 */
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import { fsReason } from '../errors.js';
import type { CrawlProblem, CustomerWeights, HomeState, PreviousPageState, RobotsFile, ScanInput, ScannedBusiness, SitemapState, TermChange } from '../model.js';
import type { BusinessTerms, TermObservation } from '../model.js';
import type { ExtractResult, TermId } from '../terms.js';
import type { ChangeFilter, OpenStoreOptions, ScanSummary, Store, StoredPage } from './store-types.js';
import { removeStrayTemps } from './atomic-write.js';
import { DbFile } from './db-file.js';
import { KEEP_PROBLEM_SCANS, SCHEMA_VERSION, emptyDocument, type DbBusiness, type DbDocument, type DbOutcome, type DbPage } from './db-schema.js';
import { acquireLock, lockPathFor, type LockHandle } from './lock.js';
import { MIGRATIONS, migrate, type JsonObject, type MigrationTable } from './migrations.js';
import { preflightWritable } from './preflight.js';
import { StoreMissingError, StoreNotWritableError, StoreTooNewError } from './store-errors.js';
import { nodeFs, type StoreFs } from './store-fs.js';
import { SnapshotStore } from './snapshots.js';
import { contentHashOf } from '../model.js';
import { bestReadings, termChanges, valuesEqual, type PageReading } from './term-changes.js';

/** Seams for tests of faults that cannot be caused for real, and for migration tests. Production passes nothing. */
export interface OpenStoreInternals {
  readonly fs?: StoreFs;
  readonly migrations?: MigrationTable;
  readonly schemaVersion?: number;
}

export async function openStore(path: string, options: OpenStoreOptions, internals: OpenStoreInternals = {}): Promise<Store> {
  const file = resolve(path);
  const fs = internals.fs ?? nodeFs;
  const target = internals.schemaVersion ?? SCHEMA_VERSION;
  const writes = options.lock === true || options.create === true;
  if (!options.create) {
    // Readers and reextract need an existing file: say so before probing or creating any folder.
    await fs.stat(file).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoreMissingError(file);
    });
  }
  if (writes) {
    await preflightWritable(dirname(file), fs);
    const snapshotsDir = resolve(options.snapshotsDir);
    await fs.mkdir(snapshotsDir, { recursive: true }).catch((error: unknown) => {
      throw new StoreNotWritableError(snapshotsDir, fsReason(error), { cause: error });
    });
  }
  const lock = options.lock ? await acquireLock(lockPathFor(file), options.writer, fs) : undefined;
  try {
    if (lock) await removeStrayTemps(file, fs);
    const adapter = new DbFile(file, fs);
    const raw = options.create ? await adapter.read() : await adapter.readExisting();
    let doc: JsonObject;
    if (!raw) {
      doc = emptyDocument(new Date().toISOString()) as unknown as JsonObject;
      doc.schemaVersion = target;
      await writeOrExplain(adapter, doc);
    } else {
      doc = raw;
      const version = doc.schemaVersion as number;
      if (version > target) throw new StoreTooNewError(file, version, target);
      if (version < target) {
        doc = migrate(doc, version, target, internals.migrations ?? MIGRATIONS);
        if (lock) {
          // The old file is copied aside before anything is rewritten, so a bad migration can be undone by hand.
          await fs.copyFile(file, `${file}.v${version}.bak`).catch((error: unknown) => {
            throw new StoreNotWritableError(`${file}.v${version}.bak`, fsReason(error), { cause: error });
          });
          await writeOrExplain(adapter, doc);
        }
      }
    }
    const low = new Low<JsonObject>(adapter, doc);
    low.data = doc;
    return new LowStore(file, low, adapter, new SnapshotStore(resolve(options.snapshotsDir), fs), options.keepSnapshotScans ?? 0, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function writeOrExplain(adapter: DbFile, doc: JsonObject): Promise<void> {
  try {
    await adapter.write(doc);
  } catch (error) {
    throw new StoreNotWritableError(adapter.path, fsReason(error), { cause: error });
  }
}

/** Reading used when a page returned 200 but extraction produced nothing (so "nothing stated" is recorded). */
function emptyExtract(url: string): ExtractResult {
  return { url, category: [], terms: {} };
}

class LowStore implements Store {
  constructor(
    readonly path: string,
    private readonly low: Low<JsonObject>,
    private readonly adapter: DbFile,
    private readonly snapshots: SnapshotStore,
    private readonly keepSnapshotScans: number,
    private readonly lock: LockHandle | undefined,
  ) {}

  private get doc(): DbDocument {
    return this.low.data as unknown as DbDocument;
  }

  previousPageState(business: string, url: string): PreviousPageState | undefined {
    const page = this.doc.businesses[business]?.pages[url];
    if (!page) return undefined;
    const extract = page.reading ? this.doc.readings[page.reading]?.extract : undefined;
    return {
      ...(page.etag ? { etag: page.etag } : {}),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      ...(page.contentHash ? { contentHash: page.contentHash } : {}),
      ...(extract ? { extract } : {}),
      categories: page.categories,
      ...(page.textFrom ? { textFrom: page.textFrom } : {}),
      ...(page.endpoint ? { endpoint: page.endpoint } : {}),
      ...(page.renderedAt ? { renderedAt: page.renderedAt } : {}),
      ...(page.moved ? { moved: page.moved } : {}),
      ...(page.finalUrl ? { finalUrl: page.finalUrl } : {}),
      // Only while its last fetch did not fail: a page that failed since (gone after a redesign) is asked again.
      ...(page.lastFetchedAt && page.lastStatus !== 'failed' ? { fetchedAt: page.lastFetchedAt } : {}),
      ...(page.askedScanAt && page.lastStatus !== 'failed' ? { askedScanAt: page.askedScanAt } : {}),
    };
  }

  /**
   * Paths that answered 404/410, and pages kept beside a category's chosen page that stated no term (crawl-business.ts), are
   * remembered with this scan's time; a path that now answers, or a page that now states a term, is forgotten.
   */
  private applyMissing(record: DbBusiness, business: ScannedBusiness, startedAt: string): void {
    const missing = new Set(business.missing ?? []);
    for (const url of missing) (record.missing ??= {})[url] = startedAt;
    if (!record.missing) return;
    for (const page of business.pages) if (page.status !== 'failed' && !missing.has(page.url)) delete record.missing[page.url];
    if (Object.keys(record.missing).length === 0) delete record.missing;
  }

  missingCheckedAt(business: string, url: string): string | undefined {
    return this.doc.businesses[business]?.missing?.[url];
  }

  previousHome(business: string): HomeState | undefined {
    return this.doc.businesses[business]?.home;
  }

  previousSitemaps(business: string): readonly SitemapState[] | undefined {
    return this.doc.businesses[business]?.sitemaps;
  }

  previousRobots(robotsUrl: string): RobotsFile | undefined {
    for (const business of Object.values(this.doc.businesses)) if (business.robots?.url === robotsUrl) return business.robots;
    return undefined;
  }

  async recordScan(scan: ScanInput): Promise<{ readonly scanId: string; readonly changes: TermChange[] }> {
    const doc = this.doc;
    const scanId = `s${doc.nextScan}`;
    await this.storeSnapshots(scan);

    const changes: TermChange[] = [];
    const problems: CrawlProblem[] = [];
    const outcomes: DbOutcome[] = [];
    let ok = 0;
    let unchanged = 0;
    let failed = 0;
    for (const business of scan.businesses) {
      const record: DbBusiness = (doc.businesses[business.id] ??= { name: business.name, site: business.site, isYou: business.isYou, pages: {} });
      record.name = business.name;
      record.site = business.site;
      record.isYou = business.isYou;
      const before = bestReadings(this.pageReadings(record));
      for (const page of business.pages) {
        const stored = (record.pages[page.url] ??= {
          id: doc.nextPage++,
          url: page.url,
          categories: [...page.categories],
          reasons: [...page.reasons],
          lastStatus: page.status,
          history: [],
        });
        if (page.problem) problems.push(page.problem);
        if (page.status === 'failed') {
          // D5: the last good reading, hash and history stay exactly as they were; only the status says "stale".
          stored.lastStatus = 'failed';
          outcomes.push([stored.id, 'f']);
          failed++;
          continue;
        }
        this.applyGoodPage(stored, page, scan, scanId);
        outcomes.push([stored.id, page.status === 'ok' ? 'o' : 'u']);
        if (page.status === 'ok') ok++;
        else unchanged++;
      }
      problems.push(...business.problems);
      this.applyMissing(record, business, scan.startedAt);
      // Only a scan that read the home page replaces what is known of it (a re-extraction or an unreachable host does not).
      if (business.home) record.home = business.home;
      // Likewise the sitemaps (the crawl hands back the ones it read and the remembered ones it did not) and robots.txt
      // (null: the site has none to remember now; absent: it was not read, and a failed fetch changes nothing).
      if (business.sitemaps) {
        if (business.sitemaps.length > 0) record.sitemaps = [...business.sitemaps];
        else delete record.sitemaps;
      }
      if (business.robots === null) delete record.robots;
      else if (business.robots) record.robots = business.robots;
      if (scan.kind === 'scan') record.lastScanAt = scan.startedAt;
      const after = bestReadings(this.pageReadings(record));
      changes.push(...termChanges(before, after, { business: business.id, businessName: business.name, seenAt: scan.startedAt, cause: scan.kind }));
    }

    doc.scans.push({
      id: scanId,
      kind: scan.kind,
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt,
      businesses: scan.businesses.length,
      pagesOk: ok,
      pagesUnchanged: unchanged,
      pagesFailed: failed,
      problems: problems.length,
      changes: changes.length,
      outcomes,
    });
    doc.changes.push(...changes);
    if (scan.kind === 'scan') {
      doc.problems[scanId] = problems;
      const keep = new Set(doc.scans.filter((s) => s.kind === 'scan').slice(-KEEP_PROBLEM_SCANS).map((s) => s.id));
      for (const id of Object.keys(doc.problems)) if (!keep.has(id)) delete doc.problems[id];
    }
    doc.nextScan++;

    await this.writeOrRollBack();
    if (this.keepSnapshotScans > 0) await this.pruneSnapshots();
    return { scanId, changes };
  }

  private async writeOrRollBack(): Promise<void> {
    try {
      await this.low.write(); // → DbFile.write: atomic replace, previous version kept as <file>.bak
    } catch (error) {
      // The file on disk is the previous good version (atomic write); bring memory back in line with it.
      if (this.adapter.lastText !== undefined) this.low.data = JSON.parse(this.adapter.lastText) as JsonObject;
      throw new StoreNotWritableError(this.path, fsReason(error), { cause: error });
    }
  }

  customerWeights(): CustomerWeights | undefined {
    return this.doc.customerWeights;
  }

  async recordCustomerWeights(weights: CustomerWeights): Promise<void> {
    if (!this.lock) throw new Error('recordCustomerWeights needs a store opened with lock: true');
    this.doc.customerWeights = weights;
    await this.writeOrRollBack();
  }

  /** Snapshots go to disk before the document that names them, so the document never points at a missing body. */
  private async storeSnapshots(scan: ScanInput): Promise<void> {
    if (scan.kind !== 'scan') return;
    for (const business of scan.businesses) {
      for (const page of business.pages) {
        if (page.status !== 'ok' || page.body === undefined) continue;
        const hash = page.contentHash ?? contentHashOf(page.body);
        try {
          await this.snapshots.put(hash, page.body);
        } catch (error) {
          throw new StoreNotWritableError(this.snapshots.dir, fsReason(error), { cause: error });
        }
      }
    }
  }

  /** Update a page fetched fine (ok/unchanged): validators, status, and a new reading only when something changed. */
  private applyGoodPage(stored: DbPage, page: ScanInput['businesses'][number]['pages'][number], scan: ScanInput, scanId: string): void {
    const doc = this.doc;
    if (page.categories.length > 0) stored.categories = [...page.categories];
    if (page.reasons.length > 0) stored.reasons = [...page.reasons];
    if (scan.kind === 'scan') {
      stored.finalUrl = page.finalUrl;
      // A 304 may omit validators (keep ours); a fresh 200 without them drops the old ones (they no longer apply).
      const fresh = page.status === 'ok';
      assignOptional(stored, 'etag', page.etag, fresh);
      assignOptional(stored, 'lastModified', page.lastModified, fresh);
      assignOptional(stored, 'contentType', page.contentType, fresh);
      if (page.textFrom !== undefined) stored.textFrom = page.textFrom;
      // What proves the stored text unchanged next time: a fresh reading replaces both; a confirmed one updates them.
      assignOptional(stored, 'endpoint', page.endpoint, fresh);
      assignOptional(stored, 'renderedAt', page.renderedAt, fresh);
      // Every good fetch says where the URL leads now: a redirect no longer permanent (or gone) is forgotten.
      assignOptional(stored, 'moved', page.moved, true);
      stored.lastFetchedAt = page.fetchedAt;
      if (!page.shellStood) stored.askedScanAt = scan.startedAt;
      stored.lastStatus = page.status;
      stored.lastGoodAt = scan.startedAt;
    }
    const hash = page.contentHash ?? (page.body !== undefined ? contentHashOf(page.body) : undefined);
    const current = stored.reading ? doc.readings[stored.reading] : undefined;
    const extract = page.extract ?? (page.status === 'ok' ? emptyExtract(page.finalUrl) : undefined);
    if (!extract) return; // unchanged and nothing new to say: the stored reading stands
    const isNew =
      !current ||
      (scan.kind === 'scan' && page.status === 'ok' && (hash === undefined ? !valuesEqual(current.extract, extract) : hash !== stored.contentHash)) ||
      (scan.kind === 'reextract' && !valuesEqual(current.extract, extract));
    if (hash !== undefined && scan.kind === 'scan') stored.contentHash = hash;
    if (!isNew) return;
    const key = `${stored.id}.${scanId.slice(1)}`;
    doc.readings[key] = { ...(hash !== undefined ? { hash } : {}), scan: scanId, extract };
    stored.reading = key;
    stored.history.push({ scan: scanId, reading: key });
  }

  private pageReadings(record: DbBusiness): PageReading[] {
    return Object.values(record.pages).map((page) => ({
      url: page.finalUrl ?? page.url,
      categories: page.categories,
      extract: page.reading ? this.doc.readings[page.reading]?.extract : undefined,
    }));
  }

  /**
   * Retention: delete the snapshots of readings that left every page's last K scans, without listing the snapshot
   * folder (readings remember `snapshotGone`, saved with the next write). Deletion happens after the document was
   * saved, so a crash can only leave an extra snapshot, never a reading pointing at a deleted one that is still in use.
   */
  private async pruneSnapshots(): Promise<void> {
    const keep = this.snapshotsToKeep();
    const drop = new Set<string>();
    for (const reading of Object.values(this.doc.readings)) {
      if (!reading.hash || reading.snapshotGone || keep.has(reading.hash)) continue;
      drop.add(reading.hash);
      reading.snapshotGone = true;
    }
    if (drop.size > 0) await this.snapshots.remove(drop).catch(() => 0);
  }

  /** Hashes referenced by each page's last K scans (the reading in force when the window opens, and every later one). */
  private snapshotsToKeep(): Set<string> {
    const doc = this.doc;
    const index = new Map(doc.scans.map((s, i) => [s.id, i]));
    const windowStart = doc.scans.length - this.keepSnapshotScans;
    const keep = new Set<string>();
    for (const business of Object.values(doc.businesses)) {
      for (const page of Object.values(business.pages)) {
        let lastBefore: string | undefined;
        let startsWindow = false;
        for (const entry of page.history) {
          const hash = doc.readings[entry.reading]?.hash;
          const at = index.get(entry.scan) ?? -1;
          if (at === windowStart) startsWindow = true;
          if (!hash) continue;
          if (at >= windowStart) keep.add(hash);
          else lastBefore = hash;
        }
        // The older reading still counts when it was in force as the window opened (no new reading at its first scan).
        if (lastBefore && !startsWindow) keep.add(lastBefore);
        if (page.contentHash) keep.add(page.contentHash);
      }
    }
    return keep;
  }

  latestTerms(): BusinessTerms[] {
    const doc = this.doc;
    return Object.entries(doc.businesses).map(([id, record]) => {
      const pages = Object.values(record.pages);
      const best = bestReadings(this.pageReadings(record));
      const terms: Partial<Record<TermId, TermObservation>> = {};
      for (const [term, choice] of best) {
        const page = pages[choice.page]!;
        const observedAt = page.lastGoodAt ?? this.scanTime(doc.readings[page.reading ?? '']?.scan) ?? '';
        const stale = page.lastStatus === 'failed' || (record.lastScanAt !== undefined && page.lastGoodAt !== undefined && page.lastGoodAt < record.lastScanAt);
        terms[term] = {
          reading: choice.reading,
          url: choice.url,
          origin: 'crawled',
          observedAt,
          ...(stale && page.lastGoodAt ? { staleSince: page.lastGoodAt } : {}),
        };
      }
      return {
        id,
        name: record.name,
        site: record.site,
        isYou: record.isYou,
        terms,
        ...(record.lastScanAt ? { lastScanAt: record.lastScanAt } : {}),
      };
    });
  }

  private scanTime(scanId: string | undefined): string | undefined {
    return scanId ? this.doc.scans.find((s) => s.id === scanId)?.startedAt : undefined;
  }

  changes(filter: ChangeFilter = {}): TermChange[] {
    const since = filter.since !== undefined ? Date.parse(filter.since) : undefined;
    const picked: { change: TermChange; order: number }[] = [];
    this.doc.changes.forEach((change, order) => {
      if (filter.business !== undefined && change.business !== filter.business) return;
      if (filter.term !== undefined && change.term !== filter.term) return;
      if (since !== undefined && !(Date.parse(change.seenAt) >= since)) return;
      picked.push({ change, order });
    });
    // Newest scan first; within one scan, catalogue order (the order they were recorded).
    picked.sort((a, b) => (a.change.seenAt < b.change.seenAt ? 1 : a.change.seenAt > b.change.seenAt ? -1 : a.order - b.order));
    return picked.map((p) => p.change);
  }

  latestProblems(): CrawlProblem[] {
    const latest = [...this.doc.scans].reverse().find((s) => s.kind === 'scan');
    return latest ? [...(this.doc.problems[latest.id] ?? [])] : [];
  }

  scans(): ScanSummary[] {
    return this.doc.scans.map(({ outcomes: _outcomes, ...summary }) => summary);
  }

  pages(business?: string): StoredPage[] {
    const entries = Object.entries(this.doc.businesses).filter(([id]) => business === undefined || id === business);
    return entries.flatMap(([id, record]) =>
      Object.values(record.pages).map((page) => {
        const stored: StoredPage = {
          business: id,
          url: page.url,
          categories: page.categories,
          reasons: page.reasons,
          lastStatus: page.lastStatus,
          ...(page.finalUrl !== undefined ? { finalUrl: page.finalUrl } : {}),
          ...(page.etag !== undefined ? { etag: page.etag } : {}),
          ...(page.lastModified !== undefined ? { lastModified: page.lastModified } : {}),
          ...(page.contentHash !== undefined ? { contentHash: page.contentHash } : {}),
          ...(page.lastFetchedAt !== undefined ? { lastFetchedAt: page.lastFetchedAt } : {}),
          ...(page.contentType !== undefined ? { contentType: page.contentType } : {}),
          ...(page.textFrom !== undefined ? { textFrom: page.textFrom } : {}),
        };
        return stored;
      }),
    );
  }

  async writeSnapshot(contentHash: string, body: string): Promise<void> {
    try {
      await this.snapshots.put(contentHash, body);
    } catch (error) {
      throw new StoreNotWritableError(this.snapshots.dir, fsReason(error), { cause: error });
    }
  }

  readSnapshot(contentHash: string): Promise<string | undefined> {
    return this.snapshots.get(contentHash);
  }

  async close(): Promise<void> {
    await this.lock?.release();
  }
}

/** Set or clear an optional field (a 200 without an ETag drops the old one; conditional requests must not lie). */
function assignOptional<K extends 'etag' | 'lastModified' | 'contentType' | 'endpoint' | 'renderedAt' | 'moved'>(page: DbPage, key: K, value: DbPage[K] | undefined, clear: boolean): void {
  if (value === undefined) {
    if (clear) delete page[key];
  }
  else page[key] = value;
}
