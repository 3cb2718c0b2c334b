#!/usr/bin/env node
// Entry for `npx servicediff`: runs the compiled CLI (built by `npm install` through the `prepare` script).
// Falls back to the TypeScript sources through tsx when dist/ is missing, so a checkout without a build still works.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = `${root}dist/cli/main.js`;
if (existsSync(compiled)) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(`${root}src/cli/main.ts`).href);
}
