import { describe, expect, it } from 'vitest';
import { renewedValidators, validatorsOf, validatorsOfHeaders } from '../../src/fetch/validators.js';

describe('validators of a conditional request', () => {
  it('sends only the validators present, and none when there are none', () => {
    expect(validatorsOf({ etag: '"a1"' })).toEqual({ etag: '"a1"' });
    expect(validatorsOf({})).toBeUndefined();
    expect(validatorsOf(undefined)).toBeUndefined();
  });

  it('reads them from lower-case response headers', () => {
    expect(validatorsOfHeaders({ etag: '"b2"', 'last-modified': 'Sun, 06 Dec 2026 10:00:00 GMT', 'content-type': 'text/html' })).toEqual({
      etag: '"b2"',
      lastModified: 'Sun, 06 Dec 2026 10:00:00 GMT',
    });
    expect(validatorsOfHeaders({ 'content-type': 'text/html' })).toBeUndefined();
  });

  it('after a 304, keeps each remembered validator the answer did not repeat and takes the ones it sent', () => {
    const remembered = { etag: '"old"', lastModified: 'Sun, 29 Nov 2026 10:00:00 GMT' };
    expect(renewedValidators({}, remembered)).toEqual(remembered);
    expect(renewedValidators({ etag: '"new"' }, remembered)).toEqual({ etag: '"new"', lastModified: remembered.lastModified });
    expect(renewedValidators({}, undefined)).toBeUndefined();
  });
});
