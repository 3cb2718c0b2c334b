/**
 * Where servicediff's own files are (package.json, config/servicediff.example.yaml) and its version. Found by walking
 * up from this module, because the module may run from src/ (tsx), dist/ (a bundle chunk) or an installed package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'servicediff') return dir;
      } catch {
        // a damaged or foreign manifest: keep walking
      }
    }
    dir = dirname(dir);
  }
  return dirname(dirname(fileURLToPath(import.meta.url)));
}

/** The folder holding servicediff's package.json. */
export const PACKAGE_ROOT = findPackageRoot();

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const VERSION = readVersion();
