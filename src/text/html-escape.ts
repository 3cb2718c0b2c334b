/** The characters that are significant in HTML text and quoted attribute values, with their entities. */
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Text as HTML text or a quoted attribute value: the significant characters (and backtick) as entities, nothing else
 * changed. One escaper for every piece of HTML servicediff writes (reports, the demo's shops, the page rebuilt from a
 * JavaScript page's embedded data).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!);
}
