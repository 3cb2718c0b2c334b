/**
 * The Chromium the browser tests launch: $SERVICEDIFF_CHROMIUM (what .ci/run exports), else whatever servicediff
 * itself would find, so the tests drive the same build a user's scan would.
 */
import { findBrowser } from '../../src/crawl/find-browser.js';

export const TEST_CHROMIUM: string = process.env.SERVICEDIFF_CHROMIUM ?? findBrowser()?.path ?? '/usr/bin/chromium';
