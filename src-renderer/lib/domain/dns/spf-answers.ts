/**
 * The DNS answers an SPF check read (the record, its includes, the a/mx names they name), kept
 * with the stored check so the SPF verdict can be judged again when the project changes (its
 * on-premises addresses, third-party senders, cloud) without asking DNS again, as current.ts does
 * for MX from the stored MX records.
 */
import { cloudNames } from '../cloud'
import type { Domain, Project } from '../types'
import type { ExpectedRecord } from './expected'
import { expectedRecords } from './expected'
import type { DnsCheckResolver, Lookup } from './observed'
import { lookup, recordingResolver } from './observed'
import type { DnsRecordEntry, DnsVerdict } from './records'
import type { DnsErrorCode, DnsResolver } from './resolver'
import { DnsLookupError } from './resolver'
import { assessSpf } from './spf-assess'
import { spfVerdict, thirdPartyIps } from './spf-verdict'

type QueryType = keyof DnsResolver

/** One answer: the records DNS gave, or the error code it answered with. */
export type RecordedAnswer = { records: unknown[] } | { error: DnsErrorCode }

/** Answers by "<type> <name>", e.g. "txt spf.protection.outlook.com". */
export type SpfAnswers = Record<string, RecordedAnswer>

/** Wraps a resolver so every answer it gives (or error code) is kept in `answers`. */
export function answerRecorder(resolver: DnsResolver): {
  resolver: DnsResolver
  answers: SpfAnswers
} {
  const answers: SpfAnswers = {}
  const watch =
    <T>(type: QueryType, query: (name: string) => Promise<T[]>) =>
    async (name: string): Promise<T[]> => {
      try {
        const records = await query(name)
        answers[`${type} ${name}`] = { records }
        return records
      } catch (error) {
        if (error instanceof DnsLookupError) answers[`${type} ${name}`] = { error: error.code }
        throw error
      }
    }
  return {
    answers,
    resolver: {
      a: watch('a', (n) => resolver.a(n)),
      aaaa: watch('aaaa', (n) => resolver.aaaa(n)),
      mx: watch('mx', (n) => resolver.mx(n)),
      txt: watch('txt', (n) => resolver.txt(n)),
      ptr: watch('ptr', (n) => resolver.ptr(n))
    }
  }
}

/**
 * A resolver that answers from kept answers only. A query the last check did not make fails as
 * a server failure that says so: the verdict is then 'unknown' and asks for a new check.
 */
export function replayResolver(answers: SpfAnswers): DnsCheckResolver {
  const answer =
    (type: QueryType) =>
    (name: string): Promise<never[]> => {
      const kept = answers[`${type} ${name}`]
      if (kept === undefined) {
        return Promise.reject(
          new DnsLookupError('SERVFAIL', `${name} was not looked up at the last check: check again`)
        )
      }
      if ('error' in kept) return Promise.reject(new DnsLookupError(kept.error))
      return Promise.resolve(kept.records as never[])
    }
  return {
    a: answer('a'),
    aaaa: answer('aaaa'),
    mx: answer('mx'),
    txt: answer('txt'),
    ptr: answer('ptr'),
    cname: () => Promise.resolve([])
  }
}

/** Whether a stored value has the shape of kept answers. */
export function isSpfAnswers(value: unknown): value is SpfAnswers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  return Object.values(value as Record<string, unknown>).every(
    (answer) =>
      typeof answer === 'object' &&
      answer !== null &&
      (Array.isArray((answer as { records?: unknown }).records) ||
        typeof (answer as { error?: unknown }).error === 'string')
  )
}

/** Assesses and judges the SPF record of `expected.name` through `resolver`, for `project`. */
export async function judgeSpf(
  expected: ExpectedRecord,
  project: Project,
  resolver: DnsCheckResolver
): Promise<{ verdict: DnsVerdict; failures: number; txt: Lookup<string[]> }> {
  const txt = await lookup(() => resolver.txt(expected.name))
  const recording = recordingResolver(resolver)
  const assessment = txt.ok
    ? await assessSpf(
        expected.name,
        [...new Set([...project.onPremIps, ...thirdPartyIps(project)])],
        recording.resolver,
        cloudNames(project).spfInclude
      )
    : null
  const failures = recording.failures
  return {
    verdict: spfVerdict(expected, { txt, assessment, failures }, project),
    failures: failures.length,
    txt
  }
}

/** The stored SPF check judged again for the project as it is now, from its kept answers. */
export async function rejudgeSpf(
  expected: ExpectedRecord,
  project: Project,
  answers: SpfAnswers
): Promise<DnsVerdict> {
  return (await judgeSpf(expected, project, replayResolver(answers))).verdict
}

/**
 * Stored rows with each SPF verdict judged again, from the answers its check kept, for `project`
 * and the domain as they are now. Rows without kept answers (older checks), of another kind, or
 * under an old name of their domain are returned as stored.
 */
export async function withCurrentSpf<T extends DnsRecordEntry>(
  project: Project,
  domains: readonly Domain[],
  rows: readonly T[]
): Promise<T[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (row.kind !== 'spf' || row.answers === undefined || row.observed === null) return row
      const domain = domains.find((d) => d.id === row.domainId)
      if (domain === undefined) return row
      const expected = expectedRecords(project, domain, {}).find(
        (r) => r.kind === 'spf' && r.name === row.name
      )
      if (expected === undefined) return row
      return { ...row, verdict: await rejudgeSpf(expected, project, row.answers) }
    })
  )
}
