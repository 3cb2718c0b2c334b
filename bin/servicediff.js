#!/usr/bin/env node
// Entry for `npx servicediff`: runs the compiled CLI (built by `npm install` through the `prepare` script).
// Falls back to the TypeScript sources through tsx when dist/ is missing, so a checkout without a build still works;
// tsx is a dev dependency (a published package always ships dist/), so without it the fix is one line, not a stack.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = `${root}dist/cli/main.js`;
if (existsSync(compiled)) {
  await import(pathToFileURL(compiled).href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('servicediff: dist/ is missing — run `npm install` (or `npm run build`) in ' + root + '\n');
    process.exit(3);
  }
  register();
  await import(pathToFileURL(`${root}src/cli/main.ts`).href);
}
