/**
 * How deeply a fetched page nests its elements, measured without building a tree and given up at a limit, so a
 * page of 100,000 nested <div>s (issue 12) is refused in one linear pass instead of freezing a DOM parser (cheerio's
 * load took 69 s on it) or overflowing the stack of a recursive walk (`.text()`).
 */
import { Parser } from 'htmlparser2';

/**
 * Deepest element nesting a page may have. Blink's HTML parser stops nesting at 512 (deeper tags become siblings),
 * so nothing deeper is laid out as written by any browser; real shop pages nest 20–60 deep.
 */
export const MAX_HTML_DEPTH = 512;

/** Thrown inside the parser's callback to stop it at the limit (htmlparser2 has no cancel). */
class DepthLimit extends Error {}

/**
 * The first depth over `limit` reached by the page's open elements (htmlparser2's tree rules: void elements and
 * implied end tags such as an unclosed <li> or <p> do not nest), or undefined when it stays within. Linear in the
 * page's length: the parser's open-element stack never grows past `limit`.
 */
export function depthOverLimit(html: string, limit: number = MAX_HTML_DEPTH): number | undefined {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        if (depth > limit) throw new DepthLimit();
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (error instanceof DepthLimit) return depth;
    throw error;
  }
  return undefined;
}

/** One line for a page refused for its nesting. */
export function tooDeepReason(url: string, depth: number): string {
  return `${url}: elements nested more than ${MAX_HTML_DEPTH} deep (reached ${depth}); not parsed, as no browser would lay it out as written`;
}
