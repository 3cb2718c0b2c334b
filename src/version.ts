/**
 * Where servicediff's own files are (package.json, config/servicediff.example.yaml) and its version. Found by walking
 * up from this module, because the module may run from src/ (tsx), dist/ (a bundle chunk) or an installed package.
 * The manifest that identifies the folder also gives the version, so it is read once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Package {
  readonly root: string;
  readonly version: string;
}

function findPackage(): Package {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'servicediff') return { root: dir, version: pkg.version ?? '0.0.0' };
      } catch {
        // a damaged or foreign manifest: keep walking
      }
    }
    dir = dirname(dir);
  }
  return { root: dirname(dirname(fileURLToPath(import.meta.url))), version: '0.0.0' };
}

const found = findPackage();

/** The folder holding servicediff's package.json. */
export const PACKAGE_ROOT = found.root;

export const VERSION = found.version;
