/**
 * The performance mark the project workspace sets once its idle prefetch has fetched every page's
 * code (prefetch-pages.ts), so the benchmark and a test can start a navigation from a settled
 * workspace.
 */
export const PAGES_PREFETCHED_MARK = 'workspace:pages-prefetched'
