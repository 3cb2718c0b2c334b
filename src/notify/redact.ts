/**
 * Keep secrets out of every line we print or store (E6). The webhook URL is the secret: Slack, Discord and Teams put
 * the token in its path, so the whole URL, its path, its query values and every long path segment are replaced.
 */

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';
/** Path segments and query values shorter than this are not secret-bearing (e.g. "api", "hooks"). */
const MIN_SECRET_PART = 6;
/**
 * A path segment is treated as a token when it has a digit (Slack's T0123ABCD, Discord's ids, Teams' GUIDs) or is
 * long; plain words such as "services" or "webhooks" stay readable.
 */
const looksLikeToken = (segment: string): boolean =>
  segment.length >= MIN_SECRET_PART && (/\d/.test(segment) || segment.length >= 20);

/** Every string that could leak a secret value: the value itself, and for a URL its secret-bearing parts. */
function secretParts(secret: string): string[] {
  const parts = new Set<string>([secret]);
  let url: URL | undefined;
  try {
    url = new URL(secret);
  } catch {
    url = undefined;
  }
  if (url) {
    parts.add(url.href);
    if (url.pathname.length >= MIN_SECRET_PART) parts.add(url.pathname + url.search);
    if (url.pathname.length >= MIN_SECRET_PART) parts.add(url.pathname);
    for (const segment of url.pathname.split('/')) {
      if (looksLikeToken(segment)) parts.add(segment);
    }
    for (const value of url.searchParams.values()) if (value.length >= MIN_SECRET_PART) parts.add(value);
    if (url.username) parts.add(url.username);
    if (url.password) parts.add(url.password);
  }
  for (const part of [...parts]) {
    parts.add(encodeURIComponent(part));
    parts.add(JSON.stringify(part).slice(1, -1)); // as it appears inside JSON
  }
  // Longest first, so a whole URL is replaced before its pieces.
  return [...parts].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
}

/** A function that replaces every known secret in a text. */
export type Redactor = (text: string) => string;

/** Build a redactor for these secret values (undefined and empty values are ignored). */
export function makeRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const parts = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length > 0).flatMap(secretParts))].sort(
    (a, b) => b.length - a.length,
  );
  if (parts.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const part of parts) out = out.split(part).join(REDACTED);
    return out;
  };
}
