/**
 * fsReason: the one wording of a file-system error (config, init, demo, report, store). Each text is true of every
 * call that can raise its code; the faults are caused for real in a temp folder.
 */
import { mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsReason } from '../src/errors.js';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a file-system error');
}

describe('fsReason', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-fs-reason-'));
    file = join(dir, 'taken.txt');
    writeFileSync(file, 'already here\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('says a file is in the way when mkdir meets one where its folder should be', () => {
    expect(fsReason(thrownBy(() => mkdirSync(file, { recursive: true })))).toBe('EEXIST: a file is in the way of a folder on the path');
  });

  it('says only that something exists when a new file cannot be made (no folder was wanted)', () => {
    expect(fsReason(thrownBy(() => openSync(file, 'wx')))).toBe('EEXIST: something already exists at the path');
  });

  it('says a part of the path is a file, whether it is the path itself or a folder above it', () => {
    expect(fsReason(thrownBy(() => readdirSync(file)))).toBe('ENOTDIR: a part of the path is a file, not a folder');
    expect(fsReason(thrownBy(() => writeFileSync(join(file, 'inner.txt'), 'x')))).toBe('ENOTDIR: a part of the path is a file, not a folder');
  });

  it('names a folder where a file was wanted, a missing path, an unknown code by itself, and a non-fs error by its message', () => {
    expect(fsReason(thrownBy(() => writeFileSync(dir, 'x')))).toBe('EISDIR: the path is a folder');
    expect(fsReason(thrownBy(() => readdirSync(join(dir, 'missing'))))).toBe('ENOENT: no such file or folder');
    expect(fsReason(Object.assign(new Error('odd'), { code: 'EWEIRD' }))).toBe('EWEIRD');
    expect(fsReason(new Error('plain'))).toBe('plain');
  });
});
