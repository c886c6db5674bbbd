/**
 * The domain page's chunk (the checklist, its proposals and the DNS, inventory and route judges
 * they come from). It is not part of the start-up bundle; the project workspace asks for it once
 * the first screen is idle, so opening a domain does not show an empty page while it loads.
 */
export function loadDomainPage() {
  return import('./DomainPage.svelte')
}

/** Fetches the domain page's chunk when the browser is idle; returns the cancel. */
export function prefetchDomainPageWhenIdle(): () => void {
  const handle = requestIdleCallback(() => void loadDomainPage().catch(() => undefined))
  return () => cancelIdleCallback(handle)
}
