import type { Validators } from './fetch-types.js';

/**
 * The validators to send with a conditional request: the ETag / Last-Modified a previous answer carried (a stored
 * page, the stored home page), only those present; undefined when there is neither, so the request is unconditional.
 */
export function validatorsOf(previous: Validators | undefined): Validators | undefined {
  if (!previous?.etag && !previous?.lastModified) return undefined;
  return {
    ...(previous.etag ? { etag: previous.etag } : {}),
    ...(previous.lastModified ? { lastModified: previous.lastModified } : {}),
  };
}
