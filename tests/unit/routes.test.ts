import { describe, expect, it } from 'vitest'
import { parseRoute, routeHash, type Route } from '../../src-renderer/lib/state/routes'

describe('routes', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'new-project' },
    { name: 'data' },
    { name: 'overview', projectId: 'p 1' },
    { name: 'mailboxes', projectId: 'p1' },
    { name: 'dashboard', projectId: 'p1' },
    { name: 'activity', projectId: 'p1' },
    { name: 'profile', projectId: 'p1' },
    { name: 'profile', projectId: 'p1', field: 'project-hybrid' },
    { name: 'domain', projectId: 'p1', domainId: 'd1', tab: 'dns', field: 'dns-entered-mx' },
    { name: 'domain', projectId: 'p1', domainId: 'd/1', tab: 'checklist' },
    { name: 'domain', projectId: 'p1', domainId: 'd1', tab: 'progress' },
    { name: 'domain', projectId: 'p1', domainId: 'd1', tab: 'transition' },
    { name: 'domain', projectId: 'p1', domainId: 'd1', tab: 'dns' },
    { name: 'domain', projectId: 'p1', domainId: 'd1', tab: 'routes' },
    { name: 'connectors', projectId: 'p1' },
    { name: 'inventory', projectId: 'p1' },
    { name: 'platform-changes', projectId: 'p1' },
    { name: 'reports', projectId: 'p1' },
    { name: 'reports', projectId: 'p1', domainId: 'd/1' }
  ]

  it('round-trips every screen through the URL hash', () => {
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route)
  })

  it('falls back to home or the overview for hashes it does not know', () => {
    expect(parseRoute('')).toEqual({ name: 'home' })
    expect(parseRoute('#/nonsense')).toEqual({ name: 'home' })
    expect(parseRoute('#/p/abc/unknown')).toEqual({ name: 'overview', projectId: 'abc' })
    expect(parseRoute('#/p/abc/d')).toEqual({ name: 'overview', projectId: 'abc' })
    expect(parseRoute('#/p/abc/d/x/nonsense')).toEqual({
      name: 'domain',
      projectId: 'abc',
      domainId: 'x',
      tab: 'checklist'
    })
    expect(routeHash({ name: 'domain', projectId: 'p', domainId: 'd' })).toBe('#/p/p/d/d')
    expect(routeHash({ name: 'dashboard', projectId: 'p' })).toBe('#/p/p/dashboard')
    expect(routeHash({ name: 'data' })).toBe('#/data')
    expect(routeHash({ name: 'reports', projectId: 'p', domainId: 'd' })).toBe('#/p/p/reports/d')
    expect(routeHash({ name: 'connectors', projectId: 'p' })).toBe('#/p/p/connectors')
    expect(routeHash({ name: 'inventory', projectId: 'p' })).toBe('#/p/p/inventory')
    expect(routeHash({ name: 'platform-changes', projectId: 'p' })).toBe('#/p/p/platform-changes')
    expect(routeHash({ name: 'domain', projectId: 'p', domainId: 'd', tab: 'dns' })).toBe(
      '#/p/p/d/d/dns'
    )
  })
})
