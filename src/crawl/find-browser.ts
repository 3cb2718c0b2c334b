/**
 * Which Chromium to launch, in this order: crawl.browserPath, then $SERVICEDIFF_CHROMIUM, then a headless shell
 * (Playwright's download, then `chromium-headless-shell` / `chrome-headless-shell` on PATH), then a full browser
 * (Playwright's download, then chromium / chromium-browser / google-chrome on PATH). Nothing found is not an error:
 * the pages that need JavaScript are recorded as "needs-browser" and the crawl goes on.
 *
 * Why headless shells first: we only ever run headless, and the full build's new headless mode starts a toolbar
 * WebUI renderer for every browser context. On the 200-site bench farm (160 rendered pages) Debian's
 * chromium-headless-shell 156 took the first scan from 57.3 s to 22.7 s and the tree's peak PSS from 748 MB to
 * 478 MB, same machine, back to back.
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';

export interface FoundBrowser {
  readonly path: string;
  readonly source: 'config' | 'env' | 'playwright' | 'path';
}

/** The one line recorded for a page that needs JavaScript when no browser exists. */
export const NO_BROWSER_REASON = 'needs JavaScript; no browser found — run `npx playwright install chromium`';

/** Headless-only builds looked up on PATH, in order, before any full browser. */
export const HEADLESS_SHELL_NAMES = ['chromium-headless-shell', 'chrome-headless-shell'] as const;
/** Full browsers looked up on PATH, in order. */
export const SYSTEM_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

export interface FindBrowserInput {
  readonly browserPath?: string;
  /** Defaults to process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** Playwright's chromium.executablePath(), or undefined to skip Playwright's downloads. */
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

function onPath(env: NodeJS.ProcessEnv, names: readonly string[]): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * Playwright's headless shell of the same revision as its chromium, if downloaded: Playwright keeps it beside the
 * full build as `<cache>/chromium_headless_shell-<rev>/chrome-headless-shell-<platform>/chrome-headless-shell`.
 */
export function playwrightHeadlessShellPath(chromiumPath: string): string | undefined {
  const parts = chromiumPath.split(sep);
  const at = parts.findIndex((part) => /^chromium-\d+$/.test(part));
  if (at < 0) return undefined;
  const revision = parts[at]!.slice('chromium-'.length);
  const shellRoot = join(parts.slice(0, at).join(sep) || sep, `chromium_headless_shell-${revision}`);
  let entries: string[];
  try {
    entries = readdirSync(shellRoot);
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (!entry.startsWith('chrome-headless-shell-')) continue;
    for (const name of ['chrome-headless-shell', 'chrome-headless-shell.exe']) {
      const candidate = join(shellRoot, entry, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
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
  const playwrightShell = input.playwrightPath ? playwrightHeadlessShellPath(input.playwrightPath) : undefined;
  if (playwrightShell) return { path: playwrightShell, source: 'playwright' };
  const pathShell = onPath(env, HEADLESS_SHELL_NAMES);
  if (pathShell) return { path: pathShell, source: 'path' };
  if (input.playwrightPath && isExecutable(input.playwrightPath)) return { path: input.playwrightPath, source: 'playwright' };
  const pathBrowser = onPath(env, SYSTEM_BROWSER_NAMES);
  return pathBrowser ? { path: pathBrowser, source: 'path' } : undefined;
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

