/**
 * Route tests of a domain: pasted message headers checked against the domain's scenario. Each
 * check is kept (the newest per direction counts), with an event in the activity log.
 */
import { formatCount } from '../../domain/numbers'
import { evaluateRouteTest, MAX_HEADER_CHARS, type RouteTestRow } from '../../domain/route/stored'
import { directionTitle } from '../../domain/route/plan'
import { ROUTE_DIRECTIONS, type RouteDirection } from '../../domain/route/types'
import { VERDICT_LABELS } from '../../domain/route/stored'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { NotFoundError, newRowMeta, type WriteContext } from '../write-context'
import { appendDomainEvent } from './events'

/** The route tests of a domain, newest first. */
export async function readRouteTests(db: TrackerDb, domainId: string): Promise<RouteTestRow[]> {
  const rows = await db.routeTests.where('domainId').equals(domainId).toArray()
  return rows.sort((a, b) => b.testedAt.localeCompare(a.testedAt))
}

/** The route tests of every domain of a project, newest first. */
export async function readProjectRouteTests(
  db: TrackerDb,
  projectId: string
): Promise<RouteTestRow[]> {
  const rows = await db.routeTests.where('projectId').equals(projectId).toArray()
  return rows.sort((a, b) => b.testedAt.localeCompare(a.testedAt))
}

export type RouteTestInput = {
  domainId: string
  direction: RouteDirection
  headers: string
  /** "Pasted" or the dropped file's name. */
  sourceName: string
}

/** Checks the headers against the domain's scenario and stores the result. */
export async function saveRouteTest(
  db: TrackerDb,
  input: RouteTestInput,
  context: WriteContext
): Promise<RouteTestRow> {
  if (!ROUTE_DIRECTIONS.includes(input.direction))
    throw new ValidationError({ direction: 'Choose one of the planned test directions.' })
  if (input.headers.trim() === '')
    throw new ValidationError({ headers: 'Paste the message headers, or drop the .eml file.' })
  if (input.headers.length > MAX_HEADER_CHARS)
    throw new ValidationError({
      headers: `The text is ${formatCount(input.headers.length)} characters long; message headers are a few thousand. Paste only the headers (up to ${formatCount(MAX_HEADER_CHARS)} characters).`
    })
  return db.transaction('rw', [db.projects, db.domains, db.routeTests, db.events], async () => {
    const domain = await db.domains.get(input.domainId)
    if (!domain) throw new NotFoundError('This domain')
    const project = await db.projects.get(domain.projectId)
    if (!project) throw new NotFoundError('This project')
    const { check, analysis } = evaluateRouteTest(project, domain, input.direction, input.headers)
    const row: RouteTestRow = {
      ...newRowMeta(context),
      projectId: domain.projectId,
      domainId: domain.id,
      direction: input.direction,
      scenario: domain.scenario,
      testedAt: context.now,
      headers: input.headers,
      sourceName: input.sourceName.slice(0, 200) || 'Pasted',
      verdict: check.verdict,
      path: analysis.path,
      expectedPath: check.expectedPath,
      findings: check.findings.map(({ code, severity, message }) => ({ code, severity, message }))
    }
    await db.routeTests.add(row)
    await appendDomainEvent(db, context, domain, {
      action: 'route-tested',
      summary: `Route test of ${domain.name}, ${directionTitle(input.direction).toLowerCase()}: ${VERDICT_LABELS[check.verdict].toLowerCase()}`,
      before: null,
      after: { routeTestId: row.id, direction: input.direction, verdict: check.verdict }
    })
    return row
  })
}
