/**
 * Which column of a review or help-desk export holds what. Header names are compared after lower-casing and dropping
 * everything but letters and digits ("Review Content" → "reviewcontent"), so one entry covers its spellings. Each
 * list is in priority order; the first name present wins. Sources: the export and import templates the apps document
 * (names seen in their help pages), and the generic names spreadsheets use.
 */

export const COLUMN_ROLES = ['text', 'title', 'rating', 'date', 'channel', 'id', 'status'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const COLUMN_NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  text: [
    'body', // Judge.me export/import (body), Okendo import template (body)
    'reviewcontent', // Yotpo ("Review Content"), Trustpilot ("Review Content")
    'reviewmessage', // Stamped (reviewMessage)
    'reviewbody', 'reviewtext', 'review', // Loox (review) and generic
    'comment', 'comments', // Google merchant / product reviews (comment), survey tools
    'content', 'message', 'text', 'feedback', 'answer', 'response',
    'description', // Zendesk, Freshdesk ticket exports (Description)
    'firstmessage', 'initialmessage', 'preview', // Gorgias, Help Scout conversation exports
    // Gorgias messages: stripped_text is the reply without the quoted thread and signature, body_text the whole of it
    'strippedtext', 'bodytext',
    'subject', // a ticket with nothing but a subject still says something
  ],
  title: ['reviewtitle', 'title', 'headline', 'summary', 'subject'],
  rating: ['rating', 'reviewrating', 'reviewscore', 'score', 'stars', 'reviewstars', 'starrating', 'satisfactionscore', 'satisfactionrating', 'csat'],
  date: [
    'reviewdate', 'date', 'datecreated', 'createdat', 'created', 'creationtime', 'reviewcreatedutc', 'reviewcreated', 'createdtime', 'submittedat', 'publishedat', 'time',
    'createtime', // Google Business Profile reviews (createTime)
    'createddatetime', // Gorgias tickets and messages (created_datetime)
  ],
  channel: ['channel', 'source', 'via', 'reviewsource', 'type'],
  id: ['id', 'reviewid', 'ticketid', 'conversationid', 'ticket', 'number', 'referencenumber'],
  // Whether the shop published the review. Moderation states are documented by Okendo (pending / approved / rejected,
  // its API's "status"), Stamped (published / unpublished / archived), Yotpo (published / pending / hidden on its
  // moderation page) and Judge.me (a Spam tab; "hidden" in import-template copies). The column names 'curated'
  // (Judge.me), 'state' (Shopify Product Reviews) and 'published' / 'Review Status' (Yotpo) were not found in any
  // stored copy of those exports' documentation; they are read because each names a review's moderation state.
  status: ['status', 'reviewstatus', 'moderationstatus', 'state', 'curated', 'published', 'ispublished', 'hidden'],
};

/**
 * Status values that mean the shop did not publish the review: the app or the shop judged it spam, rejected, hid or
 * archived it. Such a row is set aside, not weighed. "pending" (not yet moderated) is weighed: it is what a customer
 * wrote, and apps that auto-publish above a star threshold (Stamped, Yotpo) leave exactly the low-star reviews
 * pending, so setting pending aside would weigh the praise and drop the complaints.
 */
const NOT_PUBLISHED: ReadonlySet<string> = new Set(['spam', 'rejected', 'unpublished', 'hidden', 'archived', 'deleted', 'blocked', 'trashed', 'notpublished', 'declined']);
/** Columns that hold a yes/no flag, and whether "yes" means published ("published": true) or not ("hidden": true). */
const FLAG_COLUMNS: Readonly<Record<string, boolean>> = { published: true, ispublished: true, hidden: false };
const YES_NO: Readonly<Record<string, boolean>> = { true: true, yes: true, '1': true, y: true, false: false, no: false, '0': false, n: false };

/**
 * For a status column, why a row with a given status is not weighed ("spam", "unpublished"), or undefined when it is
 * weighed. Made once per column from its header, since a flag column's "false" means unpublished and a hidden
 * column's "true" means hidden; any other column holds a moderation state.
 */
function unpublishedReader(column: string): (value: string) => string | undefined {
  const flag = FLAG_COLUMNS[normaliseHeader(column)];
  return (value) => {
    const v = value.trim().toLowerCase();
    const yes = YES_NO[v];
    if (flag === undefined || yes === undefined) return NOT_PUBLISHED.has(normaliseHeader(v)) ? v : undefined;
    if (yes === flag) return undefined;
    return flag ? 'unpublished' : 'hidden';
  };
}

/** "Review Content" → "reviewcontent". */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Column index per role, the header names used (for the "columns used" line), and how the status column reads. */
export interface ColumnMap {
  readonly index: Partial<Record<ColumnRole, number>>;
  readonly names: Partial<Record<ColumnRole, string>>;
  /** unpublishedReader of the status column, when there is one. */
  readonly unpublished?: (value: string) => string | undefined;
}

/**
 * Recognise the columns of a header row. `textColumn` (the --text-column flag) names the text column exactly (or by
 * its normalised name) and wins. Returns undefined when no text column can be found.
 */
export function recognizeColumns(header: readonly string[], textColumn?: string): ColumnMap | undefined {
  const normalised = header.map(normaliseHeader);
  const index: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  if (textColumn !== undefined) {
    let at = header.indexOf(textColumn);
    if (at < 0) at = normalised.indexOf(normaliseHeader(textColumn));
    if (at < 0) return undefined;
    index.text = at;
    taken.add(at);
  }
  for (const role of COLUMN_ROLES) {
    if (index[role] !== undefined) continue;
    for (const name of COLUMN_NAMES[role]) {
      const at = normalised.findIndex((h, i) => h === name && !taken.has(i));
      if (at >= 0) {
        index[role] = at;
        taken.add(at);
        break;
      }
    }
  }
  if (index.text === undefined) return undefined;
  const names: Partial<Record<ColumnRole, string>> = {};
  for (const role of COLUMN_ROLES) if (index[role] !== undefined) names[role] = header[index[role]!]!;
  return { index, names, ...(names.status !== undefined ? { unpublished: unpublishedReader(names.status) } : {}) };
}
