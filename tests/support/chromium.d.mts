/** Finds a Chromium for the browser tests (see chromium.mjs); path '' means Playwright's own. */
export function ensureChromium(): { path: string; how: string }
