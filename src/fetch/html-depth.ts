/**
 * How deeply a fetched page nests its elements, measured without building a tree and given up at a limit, so a
 * page of 100,000 nested <div>s (issue 12) is refused in one linear pass instead of freezing a DOM parser (cheerio's
 * load took 69 s on it) or overflowing the stack of a recursive walk (`.text()`).
 */
import { DomHandler, Parser } from 'htmlparser2';

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

/** DomHandler that stops the parse once its open elements go deeper than `limit` (the same count as depthOverLimit). */
class DepthLimitedDom extends DomHandler {
  private depth = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    this.depth += 1;
    if (this.depth > this.limit) throw new DepthLimit();
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth -= 1;
    super.onclosetag();
  }
}

/**
 * The page's document as cheerio/slim's `load(html)` builds it (htmlparser2, its default options), built in the same
 * single pass that checks the depth: undefined when the page nests deeper than `limit`, so a caller that would walk the
 * tree does not tokenize the page twice (once for depthOverLimit, once for the DOM). `load()` takes the result as is.
 */
export function domWithinDepth(html: string, limit: number = MAX_HTML_DEPTH): DomHandler['root'] | undefined {
  const handler = new DepthLimitedDom(limit);
  try {
    new Parser(handler).end(html);
  } catch (error) {
    if (error instanceof DepthLimit) return undefined;
    throw error;
  }
  return handler.root;
}

/** One line for a page refused for its nesting. */
export function tooDeepReason(url: string, depth: number): string {
  return `${url}: elements nested more than ${MAX_HTML_DEPTH} deep (reached ${depth}); not parsed, as no browser would lay it out as written`;
}
