/**
 * Where tsx's entry points are, for code that starts a worker or a child from the TypeScript sources (tests, benches
 * run from sources; a built CLI never needs it, and tsx is a dev dependency). One reader of tsx's package exports for
 * the parse worker (page-worker.ts) and the render child (render-child.ts).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type ExportTarget = string | { readonly import?: string | { readonly default?: string } } | undefined;

/** The file URL of tsx's export `subpath` ('.' is its loader, './esm/api' its tsImport), resolved from `self`. */
export function tsxEntry(self: URL, subpath: '.' | './esm/api', fallback: string): string {
  const require = createRequire(self);
  const manifest = require.resolve('tsx/package.json');
  const target = (require('tsx/package.json') as { exports: Record<string, ExportTarget> }).exports[subpath];
  const imported = typeof target === 'string' ? target : target?.import;
  const entry = typeof imported === 'string' ? imported : (imported?.default ?? fallback);
  return new URL(entry, pathToFileURL(manifest)).href;
}
