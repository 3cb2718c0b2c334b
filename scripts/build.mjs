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

/** `node scripts/build.mjs [OUTDIR]`: benchmarks build into a temp folder so they never touch the shared dist/. */
const outdir = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
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
