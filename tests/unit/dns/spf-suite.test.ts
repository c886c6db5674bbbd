/**
 * The OpenSPF RFC 7208 test suite (release 2014.04), one case per suite test, each run through an
 * in-memory resolver built from its scenario's zone data.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { checkHost, spfIdentity } from '../../../src-renderer/lib/domain/dns/spf'
import type { ZoneData } from '../../support/zone-resolver'
import { zoneResolver } from '../../support/zone-resolver'

type SuiteTest = {
  helo: string
  host: string
  mailfrom: string
  result: string | string[]
  explanation?: string
}

type Scenario = { description: string; tests: Record<string, SuiteTest>; zonedata: ZoneData }

const suitePath = new URL('../../fixtures/spf/rfc7208-tests.yml', import.meta.url)
const scenarios = parseAllDocuments(readFileSync(suitePath, 'utf8')).map(
  (doc) => doc.toJS() as Scenario
)

describe('OpenSPF RFC 7208 test suite', () => {
  it('has every scenario and test', () => {
    expect(scenarios).toHaveLength(16)
    expect(scenarios.reduce((n, s) => n + Object.keys(s.tests).length, 0)).toBe(203)
  })

  for (const scenario of scenarios) {
    describe(scenario.description, () => {
      const resolver = zoneResolver(scenario.zonedata)
      for (const [name, test] of Object.entries(scenario.tests)) {
        it(name, async () => {
          const { domain, sender } = spfIdentity(test.mailfrom, test.helo)
          const evaluation = await checkHost(
            { ip: test.host, domain, sender, helo: test.helo, receiver: 'mx.receiver.test' },
            resolver
          )
          const accepted = Array.isArray(test.result) ? test.result : [test.result]
          expect(accepted, evaluation.reason).toContain(evaluation.result)
          if (test.explanation !== undefined) {
            // "DEFAULT" means the receiver's own text: the record's exp= gave none.
            const expected = test.explanation === 'DEFAULT' ? null : test.explanation
            expect(evaluation.explanation).toBe(expected)
          }
        })
      }
    })
  }
})
