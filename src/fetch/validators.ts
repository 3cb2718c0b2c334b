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

/** The validators an answer's headers carry (lower-case names, as http-get.ts gives them). */
export function validatorsOfHeaders(headers: Readonly<Record<string, string>>): Validators | undefined {
  return validatorsOf({ etag: headers.etag, lastModified: headers['last-modified'] });
}

/**
 * The validators to remember after an answer to a conditional request: the answer's own, and each one it did not
 * repeat taken from the remembered file (a 304 need not send them again). Undefined when neither has any.
 */
export function renewedValidators(answer: Validators, remembered: Validators | undefined): Validators | undefined {
  return validatorsOf({ etag: answer.etag ?? remembered?.etag, lastModified: answer.lastModified ?? remembered?.lastModified });
}
