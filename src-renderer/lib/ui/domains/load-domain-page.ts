/**
 * The domain page's chunk (the checklist, its proposals and the DNS, inventory and route judges
 * they come from). It is not part of the start-up bundle; the project workspace prefetches it
 * once the first screen is idle (layout/prefetch-pages.ts).
 */
export function loadDomainPage() {
  return import('./DomainPage.svelte')
}
