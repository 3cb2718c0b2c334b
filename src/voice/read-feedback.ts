/**
 * Streams customer feedback from a file: CSV/TSV (through csv-parse), JSON lines, or plain text with one item per
 * line; a `.json` file is one document (an array of rows, or an object holding one), read whole. Yields the recognised
 * columns once, then one event per row: an item, or a bad row with its reason. Streamed formats hold nothing but the
 * current row, so 100,000 rows cost the memory of one.
 *
 * Bytes are decoded by their BOM (UTF-8, UTF-16 LE/BE); without one, the first 64 KB decide between UTF-8 and
 * windows-1252 (a spreadsheet's "CSV" export on Windows). Bytes that still fail to decode become U+FFFD and that row
 * counts as "unreadable encoding".
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { fsReason, InputError } from '../errors.js';
import { recognizeColumns, type ColumnMap, type ColumnRole } from './feedback-columns.js';
import { textProblem, type BadRowReason } from './text-problems.js';

/** jsonl: one JSON value per line; json: one JSON document (an array of rows, or an object holding one). */
export type FeedbackFormat = 'csv' | 'jsonl' | 'json' | 'text';

export interface FeedbackItem {
  readonly kind: 'item';
  /** 1-based data row (header excluded), the item's id when the file has no id column. */
  readonly row: number;
  readonly id: string;
  readonly text: string;
  readonly rating?: number;
  readonly date?: string;
  readonly channel?: string;
}
export interface BadRow {
  readonly kind: 'bad';
  readonly row: number;
  readonly reason: BadRowReason;
}
export interface ColumnsUsed {
  readonly kind: 'columns';
  readonly format: FeedbackFormat;
  /** Role → the header (CSV) or key (JSON lines) read for it; empty for plain text. */
  readonly names: Partial<Record<ColumnRole, string>>;
  readonly encoding: string;
  /** A JSON document's path to the array read ("data.reviews"), when the rows are not the document itself. */
  readonly rowsFrom?: string;
}
export type FeedbackEvent = FeedbackItem | BadRow | ColumnsUsed;

/** The columns event, the one place it is built: a JSON document's path goes in only when there is one. */
function columnsUsed(format: FeedbackFormat, encoding: string, names: ColumnsUsed['names'] = {}, rowsFrom?: string): ColumnsUsed {
  return { kind: 'columns', format, names, encoding, ...(rowsFrom ? { rowsFrom } : {}) };
}

export interface ReadFeedbackOptions {
  /** --text-column: the column (or JSON key) holding the feedback text. */
  readonly textColumn?: string;
  /** Override the format the file name suggests. */
  readonly format?: FeedbackFormat;
}

/** Bytes read at a time: large enough that stream hops cost little per row. */
const READ_CHUNK_BYTES = 1024 * 1024;
/** How much of the file decides the encoding when it has no BOM. */
const SNIFF_BYTES = 64 * 1024;
/**
 * A CSV text over this many lines may have swallowed the rows after an unclosed quote: it did when at least
 * SWALLOWED_SHARE of its lines hold as many separators as a row of the file (a long e-mail in a ticket export is
 * many lines of prose, hardly any of them shaped like a row).
 */
const MAX_FIELD_LINES = 40;
const SWALLOWED_SHARE = 0.5;

export async function* readFeedback(path: string, options: ReadFeedbackOptions = {}): AsyncGenerator<FeedbackEvent> {
  const { encoding, chunks, empty } = await decodedChunks(path);
  const format = options.format ?? formatOf(path);
  if (empty) throw emptyFile(path, format);
  if (format === 'csv') yield* readCsv(path, chunks, encoding, options, extname(path).toLowerCase() === '.tsv');
  else if (format === 'json') yield* readJsonFile(path, chunks, encoding, options);
  else yield* readLines(chunks, encoding, format, options);
}

/**
 * An export that wrote nothing: one clear error in every format, not "0 comments read" and a table of nothing. `where`
 * is the empty array of a JSON document that holds the comments ("data.reviews").
 */
function emptyFile(path: string, format: FeedbackFormat, where?: string): InputError {
  return new InputError(`${path}: ${where ? `no comments in ${where}` : 'the file is empty'}`, { hint: format === 'csv' ? 'export the reviews again, with a header row' : 'export the feedback again' });
}

/** The format a file name suggests; anything unknown is read as plain text, one item per line. */
export function formatOf(path: string): FeedbackFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  return 'text';
}

/** The file as decoded text chunks, and the encoding chosen. */
async function decodedChunks(path: string): Promise<{ encoding: string; chunks: AsyncIterable<string>; empty: boolean }> {
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headBytes = 0;
  try {
    while (headBytes < SNIFF_BYTES) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(next.value);
      headBytes += next.value.length;
    }
  } catch (error) {
    throw new InputError(`cannot read feedback file ${path}: ${fsReason(error)}`, { cause: error, hint: 'pass a CSV export, JSON lines, a JSON document, or a text file with one comment per line' });
  }
  const first = Buffer.concat(head);
  const encoding = encodingOf(first);
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  async function* chunks(): AsyncGenerator<string> {
    if (first.length) yield decoder.decode(first, { stream: true });
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield decoder.decode(next.value as Buffer, { stream: true });
    const tail = decoder.decode();
    if (tail) yield tail;
  }
  return { encoding, chunks: chunks(), empty: headBytes === 0 };
}

/** BOM first; without one, UTF-8 when the head decodes cleanly, else windows-1252. */
function encodingOf(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    // stream: true, so a character cut at the sniff boundary is not mistaken for a bad byte.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, SNIFF_BYTES), { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function cell(record: readonly string[], map: ColumnMap, role: ColumnRole): string | undefined {
  const at = map.index[role];
  const value = at === undefined ? undefined : record[at]?.trim();
  return value ? value : undefined;
}

/**
 * Ratings written as a word, as stars out of 5: Google Business Profile's reviews give starRating as ONE … FIVE; help
 * desks export a satisfaction survey's answer: Zendesk's "good" / "bad" (a two-point scale, so its ends), Help Scout's
 * "great" / "okay" / "not good". Zendesk's "offered" (asked, not answered) is no rating.
 */
const RATING_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5',
  good: '5', bad: '1',
  great: '5', okay: '3', 'not good': '1',
};

/**
 * Ratings written as a row of star glyphs ("★★★★☆", "⭐⭐⭐"), as review widgets and spreadsheets show them: each glyph
 * is a filled (1) or empty (0) star. The row reads as filled / all glyphs, or out of 5 when no star is empty ("★★★"
 * is 3); a row with no filled star is no rating. ("4★" is a number first and reads as "4 stars".)
 */
const STAR_GLYPHS: Readonly<Record<string, number>> = { '★': 1, '⭐': 1, '🌟': 1, '✭': 1, '✮': 1, '☆': 0, '✩': 0 };
/** Emoji presentation selector and spaces between glyphs. */
const GLYPH_FILLER = /[\s\uFE0F]/gu;

/** "★★★★☆" → "4/5", or undefined when the text is not a row of star glyphs. */
function starGlyphs(text: string): string | undefined {
  const glyphs = Array.from(text.replace(GLYPH_FILLER, ''));
  if (!glyphs.length || !glyphs.every((g) => STAR_GLYPHS[g] !== undefined)) return undefined;
  const filled = glyphs.reduce((n, g) => n + STAR_GLYPHS[g]!, 0);
  return filled ? `${filled}/${filled === glyphs.length ? 5 : glyphs.length}` : 'none';
}

/** 1–5 stars from "4", "4.5", "4 stars", "4/5", "FOUR", "Good", "★★★★☆"; a 0–10 score is halved; anything else is no rating. */
export function parseRating(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(?:\/\s*(\d+))?/.exec(RATING_WORDS[text.trim().toLowerCase()] ?? starGlyphs(text) ?? text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const scale = m[2] ? Number(m[2]) : n > 5 ? 10 : 5;
  if (!(scale > 0) || n < 0 || n > scale) return undefined;
  return Math.max(1, Math.round((n / scale) * 5 * 10) / 10);
}

/** One row's fields by role; `unpublished` is the status of a row the shop did not publish. */
interface RowFields {
  readonly text?: string;
  readonly title?: string;
  readonly rating?: string;
  readonly date?: string;
  readonly channel?: string;
  readonly id?: string;
  readonly unpublished?: string;
}

/** The fields of one row, each read through `value` (a CSV cell, a JSON key): the one place the roles are read. */
function rowFields(map: ColumnMap, value: (role: ColumnRole) => string | undefined): RowFields {
  const status = value('status');
  const unpublished = status === undefined ? undefined : map.unpublished?.(status);
  return { text: value('text'), title: value('title'), rating: value('rating'), date: value('date'), channel: value('channel'), id: value('id'), ...(unpublished ? { unpublished } : {}) };
}

/** An item or a bad row from the fields of one row. A title, when there is one, reads before the text. */
function toEvent(row: number, fields: RowFields): FeedbackItem | BadRow {
  if (fields.unpublished) return { kind: 'bad', row, reason: `not published, status ${fields.unpublished}` };
  const body = fields.text ?? '';
  const title = fields.title && fields.title !== body ? fields.title : undefined;
  const text = title ? `${title}${/[.!?]$/.test(title) ? '' : '.'} ${body}` : body;
  const problem = textProblem(text);
  if (problem) return { kind: 'bad', row, reason: problem };
  const rating = parseRating(fields.rating);
  return {
    kind: 'item',
    row,
    id: fields.id ?? String(row),
    text,
    ...(rating !== undefined ? { rating } : {}),
    ...(fields.date ? { date: fields.date } : {}),
    ...(fields.channel ? { channel: fields.channel } : {}),
  };
}

/** Field separators of CSV exports: the comma; the semicolon where the comma is the decimal mark (Excel in most of Europe); the tab. */
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The separator a CSV uses: the one its header row holds most often outside quotes (a comma when it holds none).
 * One separator per file: with all three at once, an unquoted comma inside a semicolon export's review (Excel quotes
 * only fields that hold its own separator) split the review and set the row aside.
 */
function headerDelimiter(head: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = DELIMITERS[0];
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** The chunks again, with the separator their first chunk (which holds the header) names. */
async function withDelimiter(chunks: AsyncIterable<string>): Promise<{ delimiter: string; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* again(): AsyncGenerator<string> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { delimiter: headerDelimiter(first.done ? '' : first.value), chunks: again() };
}

async function* readCsv(path: string, decoded: AsyncIterable<string>, encoding: string, options: ReadFeedbackOptions, tsv: boolean): AsyncGenerator<FeedbackEvent> {
  const { delimiter, chunks } = tsv ? { delimiter: '\t', chunks: decoded } : await withDelimiter(decoded);
  // relax_quotes keeps a stray quote inside a field as text instead of losing the rest of the file to it; such a
  // field (it starts with a quote, or it swallowed several rows) is reported as broken quoting below.
  const parser = Readable.from(chunks).pipe(
    parse({ delimiter, relax_quotes: true, relax_column_count: true, skip_records_with_error: true, skip_empty_lines: false }), // the decoder has already dropped a BOM
  );
  // csv-parse drops a record it cannot read (a quote still open at the end of the file) and tells how many records it
  // had emitted before it (header included). The parser runs ahead of this loop, so a skip is placed by that count,
  // not counted against whichever record the loop reads next (that shifted every row number after it).
  const skippedAfter: number[] = [];
  parser.on('skip', (error: { records?: number }) => void skippedAfter.push(error.records ?? Number.POSITIVE_INFINITY));
  let read = 0;
  let map: ColumnMap | undefined;
  let width = 0;
  let row = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    read++;
    if (!map) {
      map = recognizeColumns(record, options.textColumn);
      if (!map) {
        const wanted = options.textColumn ? `no column "${options.textColumn}"` : 'no column recognised as the feedback text';
        throw new InputError(`${path}: ${wanted} (header: ${record.slice(0, 12).join(', ')})`, { hint: 'name it with --text-column <header>' });
      }
      width = record.length;
      yield columnsUsed('csv', encoding, map.names);
      continue;
    }
    while (skippedAfter.length && skippedAfter[0]! < read) {
      skippedAfter.shift();
      yield { kind: 'bad', row: ++row, reason: 'broken quoting' };
    }
    row++;
    if (record.length === 1 && record[0] === '') {
      yield { kind: 'bad', row, reason: 'empty' };
      continue;
    }
    const text = cell(record, map, 'text');
    if (record.length > width || (text !== undefined && brokenQuote(text, delimiter, width))) {
      yield { kind: 'bad', row, reason: 'broken quoting' };
      continue;
    }
    const columns = map;
    yield toEvent(row, rowFields(columns, (role) => cell(record, columns, role)));
  }
  for (const _ of skippedAfter) yield { kind: 'bad', row: ++row, reason: 'broken quoting' };
  if (!map) throw emptyFile(path, 'csv');
}

/**
 * A field that relax_quotes kept with its stray opening quote (an odd number of quotes: a properly escaped
 * '"Love it or return it" except…' has an even number), or that ran on over many rows after an unclosed quote.
 */
function brokenQuote(text: string, delimiter: string, width: number): boolean {
  if (text.startsWith('"') && (text.split('"').length - 1) % 2 === 1) return true;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= MAX_FIELD_LINES; i = text.indexOf('\n', i + 1)) lines++;
  if (lines <= MAX_FIELD_LINES) return false;
  const all = text.split('\n');
  const rowShaped = all.filter((line) => line.split(delimiter).length >= width).length;
  return rowShaped >= all.length * SWALLOWED_SHARE;
}

/** Lines of decoded chunks, without their line ends. */
async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    rest += chunk;
    let at = rest.indexOf('\n');
    let from = 0;
    while (at >= 0) {
      yield rest.slice(from, at).replace(/\r$/, '');
      from = at + 1;
      at = rest.indexOf('\n', from);
    }
    rest = rest.slice(from);
  }
  if (rest) yield rest.replace(/\r$/, '');
}

type JsonRow = Record<string, unknown>;

/** What the JSON rows read so far have settled: whether the columns went out, and the last key set's columns. */
interface JsonState {
  announced: boolean;
  readonly rowsFrom?: string;
  /** Rows of one export share their keys: their columns are recognised once, not per row. */
  keys?: string;
  map?: ColumnMap | undefined;
}

/** A JSON value as a cell: a string trimmed (empty is none), a number or boolean as written, anything else none. */
function jsonCell(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** The fields of a JSON object by key: --text-column first, then the same names as CSV headers. */
function jsonFields(object: JsonRow, options: ReadFeedbackOptions, state: JsonState): { fields: RowFields; names: Partial<Record<ColumnRole, string>> } | undefined {
  const keys = Object.keys(object);
  const joined = keys.join('\n');
  if (state.keys !== joined) {
    state.keys = joined;
    state.map = recognizeColumns(keys, options.textColumn);
  }
  const map = state.map;
  if (!map) return undefined;
  return { fields: rowFields(map, (role) => (map.names[role] === undefined ? undefined : jsonCell(object[map.names[role]]))), names: map.names };
}

/** The events of one parsed JSON row: a string is the comment, an object is read by key; the columns go out once. */
function* jsonRowEvents(row: number, parsed: unknown, state: JsonState, encoding: string, format: 'jsonl' | 'json', options: ReadFeedbackOptions): Generator<FeedbackEvent> {
  if (typeof parsed === 'string') {
    if (!state.announced) {
      state.announced = true;
      yield columnsUsed(format, encoding, {}, state.rowsFrom);
    }
    yield toEvent(row, { text: parsed });
    return;
  }
  const found = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? jsonFields(parsed as JsonRow, options, state) : undefined;
  if (!found) {
    yield { kind: 'bad', row, reason: 'broken JSON' };
    return;
  }
  if (!state.announced) {
    state.announced = true;
    yield columnsUsed(format, encoding, found.names, state.rowsFrom);
  }
  yield toEvent(row, found.fields);
}

/** How many objects down a JSON document's rows are looked for: {"data": {"reviews": […]}} is two. */
const ROWS_DEPTH = 3;

const isObject = (value: unknown): value is JsonRow => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A JSON object with a key the column detection reads as the feedback text (--text-column first). */
function isFeedbackRow(value: unknown, options: ReadFeedbackOptions): value is JsonRow {
  return isObject(value) && recognizeColumns(Object.keys(value), options.textColumn) !== undefined;
}

/**
 * A document that is itself one row: an object with a feedback text key whose value is not a list. {"comments":
 * ["…", "…"]} names its comments' key, so it holds comments rather than being one.
 */
function isOneRow(doc: unknown, options: ReadFeedbackOptions): doc is JsonRow {
  const text = isObject(doc) ? recognizeColumns(Object.keys(doc), options.textColumn)?.names.text : undefined;
  return text !== undefined && !Array.isArray((doc as JsonRow)[text]);
}

/** Where the rows were found: the array (every page's, joined), and the keys that lead to it ("[]" for each page). */
interface FoundRows {
  readonly rows: readonly unknown[];
  readonly keys: readonly string[];
}

/**
 * The rows of an array: the array itself when it holds comments (objects with a feedback text key; strings, for the
 * document itself), else, when it is a list of pages, every page's rows joined. A paginated export writes its pages
 * as one shape ({"pages": [{"page": 1, "reviews": […]}, …]}), so the first page's array is looked up in every page by
 * the same keys; a page without it means these are not pages of comments, and nothing is read from them.
 */
function rowsOfArray(array: readonly unknown[], options: ReadFeedbackOptions, pages: boolean): FoundRows | undefined {
  if (array.some((v) => isFeedbackRow(v, options))) return { rows: array, keys: [] };
  const first = pages ? array.find(isObject) : undefined;
  const inner = first && rowsOfObject(first, options, false);
  if (!inner) return undefined;
  const rows: unknown[] = [];
  for (const page of array) {
    let at: unknown = page;
    for (const key of inner.keys) at = isObject(at) ? at[key] : undefined;
    if (!Array.isArray(at)) return undefined;
    rows.push(...at);
  }
  return { rows, keys: ['[]', ...inner.keys] };
}

/** The arrays of a JSON object with the keys that lead to each: shallowest first, then in key order, at most ROWS_DEPTH objects down. */
function arraysIn(doc: JsonRow): [readonly string[], readonly unknown[]][] {
  const arrays: [readonly string[], readonly unknown[]][] = [];
  let level: [readonly string[], unknown][] = [[[], doc]];
  for (let depth = 0; depth < ROWS_DEPTH && level.length; depth++) {
    const next: [readonly string[], unknown][] = [];
    for (const [keys, value] of level) {
      if (!isObject(value)) continue;
      for (const [key, child] of Object.entries(value)) {
        if (Array.isArray(child)) arrays.push([[...keys, key], child]);
        else next.push([[...keys, key], child]);
      }
    }
    level = next;
  }
  return arrays;
}

/**
 * Where a JSON object keeps its rows: the first of its arrays (arraysIn) that holds comments, or pages of them
 * (rowsOfArray). API answers wrap their rows with other arrays of objects ({"links": [{"href": …}], "meta": {…},
 * "data": [reviews]}), so the first array is not enough.
 */
function rowsOfObject(doc: JsonRow, options: ReadFeedbackOptions, pages: boolean): FoundRows | undefined {
  for (const [keys, array] of arraysIn(doc)) {
    const found = rowsOfArray(array, options, pages);
    if (found) return { rows: found.rows, keys: [...keys, ...found.keys] };
  }
  return undefined;
}

/**
 * Where a JSON object keeps comments that are not rows, when none of its arrays holds rows and it is not one row
 * itself: the first array of strings, one comment each ({"reviews": ["…", "…"]}), or, when every array is empty, no
 * comments (an API page with no reviews on it), named by all of them. A document with an array of objects is left
 * to the error that names its keys and --text-column, since its comments are most likely under a key not recognised:
 * a list of tags or warnings beside them is not taken for them, nor an empty "errors" list.
 */
function plainRowsOf(doc: JsonRow): { rows: readonly unknown[]; path: string } | undefined {
  const arrays = arraysIn(doc);
  if (arrays.some(([, array]) => array.some(isObject))) return undefined;
  const strings = arrays.find(([, array]) => array.length > 0 && array.every((v) => typeof v === 'string'));
  if (strings) return { rows: strings[1], path: strings[0].join('.') };
  if (arrays.length && arrays.every(([, array]) => array.length === 0)) return { rows: [], path: arrays.map(([keys]) => keys.join('.')).join(' or ') };
  return undefined;
}

/**
 * Where a JSON document keeps its rows: itself when it is an array of rows (or of strings, one comment each), its
 * pages' rows when it is an array of pages, else rowsOfObject, else the document itself when it is one row, else
 * plainRowsOf. The path names it as the output says it: "data.reviews", "pages[].reviews", "[].reviews".
 */
function rowsOfDocument(doc: unknown, options: ReadFeedbackOptions): { rows: readonly unknown[]; path?: string } | undefined {
  if (Array.isArray(doc)) {
    const pages = doc.some((v) => !isObject(v)) ? undefined : rowsOfArray(doc, options, true);
    return pages?.keys.length ? { rows: pages.rows, path: pathOf(pages.keys) } : { rows: doc };
  }
  if (!isObject(doc)) return undefined;
  const found = rowsOfObject(doc, options, true);
  if (found) return found.keys.length ? { rows: found.rows, path: pathOf(found.keys) } : { rows: found.rows };
  return isOneRow(doc, options) ? { rows: [doc] } : plainRowsOf(doc);
}

/** Keys as the output names them: "pages[].reviews", "[].data.items". */
const pathOf = (keys: readonly string[]): string => keys.join('.').replace(/\.\[\]/g, '[]');

/**
 * A .json file: review APIs and exports write one document (an array, or an object holding one), which is read whole;
 * a document that is itself one row is that one comment, however it is laid out (a pretty-printed object is several
 * lines, none of them JSON alone). A file that does not parse as one document is read as JSON lines, so a .json file
 * of JSON lines still works. An object with neither is one clear error, as a CSV with no text column is.
 */
async function* readJsonFile(path: string, chunks: AsyncIterable<string>, encoding: string, options: ReadFeedbackOptions): AsyncGenerator<FeedbackEvent> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    doc = undefined;
  }
  const found = doc === undefined ? undefined : rowsOfDocument(doc, options);
  if (!found) {
    if (doc !== null && typeof doc === 'object') {
      const wanted = options.textColumn ? `a key "${options.textColumn}"` : 'a key recognised as the feedback text';
      throw new InputError(`${path}: no list of objects with ${wanted} (keys: ${Object.keys(doc).slice(0, 12).join(', ')})`, { hint: 'name the key with --text-column <key>' });
    }
    // Read as what it is, JSON lines, so the columns line says "one comment per JSON line", not "per array entry".
    yield* readLines((async function* () { yield text; })(), encoding, 'jsonl', options);
    return;
  }
  // An API page with no reviews on it: said plainly, as an empty file is, not "0 comments read" and a table of nothing.
  if (!found.rows.length && found.path) throw emptyFile(path, 'json', found.path);
  const state: JsonState = { announced: false, ...(found.path ? { rowsFrom: found.path } : {}) };
  let row = 0;
  for (const value of found.rows) yield* jsonRowEvents(++row, value, state, encoding, 'json', options);
  if (!state.announced) yield columnsUsed('json', encoding, {}, found.path);
}

async function* readLines(chunks: AsyncIterable<string>, encoding: string, format: 'jsonl' | 'text', options: ReadFeedbackOptions): AsyncGenerator<FeedbackEvent> {
  let row = 0;
  const state: JsonState = { announced: false };
  if (format === 'text') {
    state.announced = true;
    yield columnsUsed(format, encoding);
  }
  for await (const line of linesOf(chunks)) {
    row++;
    if (format === 'text') {
      yield toEvent(row, { text: line });
      continue;
    }
    if (!line.trim()) {
      yield { kind: 'bad', row, reason: 'empty' };
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      yield { kind: 'bad', row, reason: line.includes('\uFFFD') ? 'unreadable encoding' : 'broken JSON' };
      continue;
    }
    yield* jsonRowEvents(row, parsed, state, encoding, format, options);
  }
  if (!state.announced) yield columnsUsed(format, encoding);
}
