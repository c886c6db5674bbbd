/** The sections of a domain's page. */
export const DOMAIN_TABS = ['checklist', 'progress', 'transition', 'dns', 'routes'] as const
export type DomainTab = (typeof DOMAIN_TABS)[number]

function isDomainTab(text: string | undefined): text is DomainTab {
  return DOMAIN_TABS.some((tab) => tab === text)
}

/** The app's screens, addressed by the URL hash so a reload returns to the same place. */
export type Route =
  | { name: 'home' }
  | { name: 'new-project' }
  | { name: 'data' }
  | { name: 'overview'; projectId: string }
  | { name: 'mailboxes'; projectId: string }
  | { name: 'dashboard'; projectId: string }
  | { name: 'connectors'; projectId: string }
  | { name: 'inventory'; projectId: string }
  /** What changed at Microsoft, dated, and the steps it touches. */
  | { name: 'platform-changes'; projectId: string }
  | { name: 'activity'; projectId: string }
  /** `field`: the id of a profile field to focus, when a step links to the value it needs. */
  | { name: 'profile'; projectId: string; field?: string }
  /** The status report of the whole project, or of one domain when domainId is set. */
  | { name: 'reports'; projectId: string; domainId?: string }
  | { name: 'domain'; projectId: string; domainId: string; tab?: DomainTab; field?: string }

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  const [first, projectId, section, domainId, tab, field] = parts
  if (first === 'new') return { name: 'new-project' }
  if (first === 'data') return { name: 'data' }
  if (first !== 'p' || !projectId) return { name: 'home' }
  if (section === 'dashboard') return { name: 'dashboard', projectId }
  if (section === 'connectors') return { name: 'connectors', projectId }
  if (section === 'inventory') return { name: 'inventory', projectId }
  if (section === 'platform-changes') return { name: 'platform-changes', projectId }
  if (section === 'mailboxes') return { name: 'mailboxes', projectId }
  if (section === 'activity') return { name: 'activity', projectId }
  if (section === 'profile')
    return domainId
      ? { name: 'profile', projectId, field: domainId }
      : { name: 'profile', projectId }
  if (section === 'reports')
    return domainId ? { name: 'reports', projectId, domainId } : { name: 'reports', projectId }
  if (section === 'd' && domainId) {
    const route: Route = {
      name: 'domain',
      projectId,
      domainId,
      tab: isDomainTab(tab) ? tab : 'checklist'
    }
    return field ? { ...route, field } : route
  }
  return { name: 'overview', projectId }
}

export function routeHash(route: Route): string {
  const id = encodeURIComponent
  switch (route.name) {
    case 'home':
      return '#/'
    case 'new-project':
      return '#/new'
    case 'data':
      return '#/data'
    case 'overview':
      return `#/p/${id(route.projectId)}`
    case 'dashboard':
      return `#/p/${id(route.projectId)}/dashboard`
    case 'connectors':
      return `#/p/${id(route.projectId)}/connectors`
    case 'inventory':
      return `#/p/${id(route.projectId)}/inventory`
    case 'platform-changes':
      return `#/p/${id(route.projectId)}/platform-changes`
    case 'mailboxes':
      return `#/p/${id(route.projectId)}/mailboxes`
    case 'activity':
      return `#/p/${id(route.projectId)}/activity`
    case 'profile':
      return route.field === undefined
        ? `#/p/${id(route.projectId)}/profile`
        : `#/p/${id(route.projectId)}/profile/${id(route.field)}`
    case 'reports':
      return route.domainId === undefined
        ? `#/p/${id(route.projectId)}/reports`
        : `#/p/${id(route.projectId)}/reports/${id(route.domainId)}`
    case 'domain':
      if (route.field !== undefined)
        return `#/p/${id(route.projectId)}/d/${id(route.domainId)}/${route.tab ?? 'checklist'}/${id(route.field)}`
      return route.tab === undefined || route.tab === 'checklist'
        ? `#/p/${id(route.projectId)}/d/${id(route.domainId)}`
        : `#/p/${id(route.projectId)}/d/${id(route.domainId)}/${route.tab}`
  }
}
