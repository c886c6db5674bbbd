import { describe, expect, it } from 'vitest'
import { checkPatch, verifyDomainDns } from '../../../src-renderer/lib/domain/dns/verdicts'
import type { DnsRecordEntry } from '../../../src-renderer/lib/domain/dns/records'
import { isDnsRecordEntry } from '../../../src-renderer/lib/domain/dns/stored'
import { replayResolver, withCurrentSpf } from '../../../src-renderer/lib/domain/dns/spf-answers'
import type { ZoneData } from '../../support/zone-resolver'
import { checkResolver } from './check-resolver'
import { domain, project } from './fixtures'

const ZONE: ZoneData = {
  'contoso.com': [
    { TXT: 'v=spf1 ip4:131.107.21.231 include:_spf.partner.example -all' },
    { MX: [0, 'contoso-com.mail.protection.outlook.com'] }
  ],
  '_spf.partner.example': [{ TXT: 'v=spf1 include:spf.protection.outlook.com -all' }],
  'spf.protection.outlook.com': [{ TXT: 'v=spf1 ip4:40.92.0.0/15 -all' }]
}
const NOW = new Date('2026-12-07T10:00:00.000Z')

/** The SPF row saveDnsCheck stores after a live check of contoso.com for `checked`. */
async function storedSpf(checked = project()): Promise<DnsRecordEntry> {
  const result = await verifyDomainDns(
    checked,
    domain('contoso.com', 1),
    {},
    checkResolver(ZONE),
    NOW
  )
  const check = result.checks.find((c) => c.kind === 'spf')
  const patch = check && checkPatch(check, result.checkedAt, 'live')
  if (!patch) throw new Error('the SPF check failed')
  return {
    id: 'r1',
    createdAt: result.checkedAt,
    updatedAt: result.checkedAt,
    rev: 1,
    projectId: 'p1',
    domainId: 'd-contoso.com',
    kind: 'spf',
    name: 'contoso.com',
    expected: '',
    notes: '',
    ...patch
  }
}

describe('SPF verdicts judged again from the answers the check kept', () => {
  it('keeps every answer of the check, includes too, in a row of a valid shape', async () => {
    const row = await storedSpf()
    expect(row.verdict?.status).toBe('ok')
    expect(Object.keys(row.answers ?? {})).toEqual(
      expect.arrayContaining([
        'txt contoso.com',
        'txt _spf.partner.example',
        'txt spf.protection.outlook.com'
      ])
    )
    expect(isDnsRecordEntry(row)).toBe(true)
    expect(isDnsRecordEntry({ ...row, answers: 'nonsense' })).toBe(false)
  })

  it('follows the project: a new on-premises address not in the record is an error', async () => {
    const row = await storedSpf()
    const moved = project({ onPremIps: ['131.107.21.231', '198.51.100.7'] })
    const [judged] = await withCurrentSpf(moved, [domain('contoso.com', 1)], [row])
    expect(judged?.verdict).toMatchObject({
      status: 'error',
      summary: expect.stringMatching(/^The on-premises address 198\.51\.100\.7 is not authorised/)
    })
    // The observation itself is kept as checked.
    expect(judged?.observed).toEqual(row.observed)
    expect(judged?.checkedAt).toBe(row.checkedAt)
  })

  it('follows the project’s cloud: GCC High needs its own include', async () => {
    const row = await storedSpf()
    const [judged] = await withCurrentSpf(
      project({ cloud: 'gcc-high' }),
      [domain('contoso.com', 1)],
      [row]
    )
    expect(judged?.verdict?.summary).toBe(
      'The record does not include spf.protection.office365.us: mail sent from Exchange Online fails SPF.'
    )
  })

  it('judges the same while nothing changed, and leaves rows of older checks as stored', async () => {
    const row = await storedSpf()
    const [same] = await withCurrentSpf(project(), [domain('contoso.com', 1)], [row])
    expect(same?.verdict).toEqual(row.verdict)
    const { answers: _kept, ...older } = row
    const [asStored] = await withCurrentSpf(
      project({ onPremIps: ['198.51.100.7'] }),
      [domain('contoso.com', 1)],
      [older]
    )
    expect(asStored).toEqual(older)
  })

  it('says to check again when the project needs an answer the check did not read', async () => {
    await expect(replayResolver({}).txt('contoso.com')).rejects.toThrow(
      'contoso.com was not looked up at the last check: check again'
    )
  })
})
