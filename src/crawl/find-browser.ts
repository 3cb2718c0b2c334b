/**
 * Which Chromium to launch, in this order: crawl.browserPath, then $SERVICEDIFF_CHROMIUM, then Playwright's own
 * download (when its file exists), then chromium / chromium-browser / google-chrome on PATH. Nothing found is not an
 * error: the pages that need JavaScript are recorded as "needs-browser" and the crawl goes on.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface FoundBrowser {
  readonly path: string;
  readonly source: 'config' | 'env' | 'playwright' | 'path';
}

/** The one line recorded for a page that needs JavaScript when no browser exists. */
export const NO_BROWSER_REASON = 'needs JavaScript; no browser found — run `npx playwright install chromium`';

/** Executable names looked up on PATH, in order. */
export const SYSTEM_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

export interface FindBrowserInput {
  readonly browserPath?: string;
  /** Defaults to process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** Playwright's chromium.executablePath(), or undefined to skip that stage. */
  readonly playwrightPath?: string;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to launch, or undefined. A configured path (config or env) that does not exist is skipped like any
 * other stage, so the message the user sees is always the one actionable line above.
 */
export function findBrowser(input: FindBrowserInput = {}): FoundBrowser | undefined {
  const env = input.env ?? process.env;
  if (input.browserPath && isExecutable(input.browserPath)) return { path: input.browserPath, source: 'config' };
  const fromEnv = env.SERVICEDIFF_CHROMIUM;
  if (fromEnv && isExecutable(fromEnv)) return { path: fromEnv, source: 'env' };
  if (input.playwrightPath && isExecutable(input.playwrightPath)) return { path: input.playwrightPath, source: 'playwright' };
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of SYSTEM_BROWSER_NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return { path: candidate, source: 'path' };
    }
  }
  return undefined;
}

/** Playwright's own download path, or undefined when Playwright cannot say (its import is lazy: it is large). */
export async function playwrightChromiumPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
