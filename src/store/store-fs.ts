/**
 * The file-system calls the store makes, behind one small interface so a test can inject a fault it cannot cause
 * for real (ENOSPC). Production code always uses `nodeFs`.
 */
import * as fsp from 'node:fs/promises';

export interface StoreFs {
  readonly open: typeof fsp.open;
  readonly rename: typeof fsp.rename;
  readonly link: typeof fsp.link;
  readonly unlink: typeof fsp.unlink;
  readonly mkdir: typeof fsp.mkdir;
  readonly readdir: typeof fsp.readdir;
  readonly readFile: typeof fsp.readFile;
  readonly copyFile: typeof fsp.copyFile;
  readonly stat: typeof fsp.stat;
}

export const nodeFs: StoreFs = {
  open: fsp.open,
  rename: fsp.rename,
  link: fsp.link,
  unlink: fsp.unlink,
  mkdir: fsp.mkdir,
  readdir: fsp.readdir,
  readFile: fsp.readFile,
  copyFile: fsp.copyFile,
  stat: fsp.stat,
};
