// Build dist/ for `npx servicediff`: one esbuild pass over the CLI entry, its lazily loaded commands split into
// chunks. Why a bundler rather than tsc's file-per-module output: zod alone is ~230 ES modules, yaml and commander
// dozens more, and resolving and loading them dominated every short command (compare, history ≈ 0.4 s of which the
// work is a few ms). Inlining those three makes a command start in about two thirds of the time. Packages that load
// their own files at run time (playwright, natural, cheerio, opening_hours …) stay external.
// Types are checked separately by `npm run typecheck` (tsc --noEmit).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
/** Small pure-JS packages of many files: inlined. */
const INLINE = new Set(['zod', 'yaml', 'commander', 'picocolors']);

/**
 * `node scripts/build.mjs [OUTDIR [NAME=ENTRY ...]]`: benchmarks build into a temp folder so they never touch the
 * shared dist/, and may add an entry of their own (bench:crawl's servicediff peer) bundled exactly as the CLI is.
 */
const outdir = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
const extra = process.argv.slice(3).map((arg) => {
  const [out, entry] = arg.split('=');
  return { in: entry, out };
});
const root = fileURLToPath(new URL('..', import.meta.url));

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The render child process (src/crawl/render-child.ts) runs an entry of its own, so it loads the browser pool only.
  entryPoints: [{ in: 'src/cli/main.ts', out: 'cli/main' }, { in: 'src/crawl/render-serve.ts', out: 'crawl/render-serve' }, ...extra],
  outdir,
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Function names are data: confidence is calibrated per extraction rule, named by its function (extract/confidence.ts).
  keepNames: true,
  external: Object.keys(pkg.dependencies).filter((name) => !INLINE.has(name)),
  // Inlined CommonJS packages (yaml) call require(); give ES modules one.
  banner: { js: "import { createRequire as __servicediffRequire } from 'node:module'; const require = __servicediffRequire(import.meta.url);" },
  logLevel: 'warning',
});
