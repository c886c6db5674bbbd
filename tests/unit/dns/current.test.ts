import { describe, expect, it } from 'vitest'
import { currentDnsRecords } from '../../../src-renderer/lib/domain/dns/current'
import type { DnsRecordEntry } from '../../../src-renderer/lib/domain/dns/records'
import { checkPatch, verifyDomainDns } from '../../../src-renderer/lib/domain/dns/verdicts'
import { proposalsFromDns } from '../../../src-renderer/lib/domain/proposals'
import { reportDnsRecords } from '../../../src-renderer/lib/domain/report/domains'
import type { Domain, Project } from '../../../src-renderer/lib/domain/types'
import type { ZoneData } from '../../support/zone-resolver'
import { checkResolver } from './check-resolver'
import { domain, project } from './fixtures'

const EOP = 'contoso-com.mail.protection.outlook.com'
const NOW = new Date('2026-03-02T10:00:00.000Z')

/** Contoso with MX on `mx`, everything else as a hybrid domain publishes it. */
function zone(mx: string): ZoneData {
  return {
    'spf.protection.outlook.com': [{ TXT: 'v=spf1 ip4:40.92.0.0/15 -all' }],
    'contoso.com': [
      { MX: [0, mx] },
      { TXT: 'MS=ms97284866' },
      { TXT: 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all' }
    ],
    [EOP]: [{ A: '52.101.68.18' }],
    'mail.contoso.com': [{ A: '131.107.21.231' }],
    'autodiscover.contoso.com': [{ CNAME: 'mail.contoso.com' }],
    '_dmarc.contoso.com': [{ TXT: 'v=DMARC1; p=none' }]
  }
}

/**
 * The entries saveDnsCheck stores after a check of `checked` (the domain as it was then), with
 * `enteredMx` as the assigned MX host entered on the DNS tab ('' for none).
 */
async function storedCheck(
  p: Project,
  checked: Domain,
  mx: string,
  enteredMx = ''
): Promise<DnsRecordEntry[]> {
  const entered = enteredMx === '' ? {} : { mx: enteredMx }
  const result = await verifyDomainDns(p, checked, entered, checkResolver(zone(mx)), NOW)
  return result.checks.flatMap((check, index) => {
    const patch = checkPatch(check, result.checkedAt, 'live')
    if (patch === null) return []
    return [
      {
        id: `r${index}`,
        createdAt: result.checkedAt,
        updatedAt: result.checkedAt,
        rev: 1,
        projectId: p.id,
        domainId: checked.id,
        kind: check.kind,
        name: check.name,
        expected: check.kind === 'mx' ? enteredMx : '',
        notes: '',
        ...patch
      }
    ]
  })
}

function mxOf(records: readonly DnsRecordEntry[]): DnsRecordEntry | undefined {
  return records.find((record) => record.kind === 'mx')
}

describe('stored DNS verdicts after a scenario change', () => {
  it('no longer call MX on-premises OK after the domain moves from scenario 4 to 2', async () => {
    const p = project()
    const stored = await storedCheck(p, domain('contoso.com', 4), 'mail.contoso.com')
    expect(mxOf(stored)?.verdict).toMatchObject({ status: 'ok', stepId: 'dns-mx-onprem' })
    expect(proposalsFromDns(p, domain('contoso.com', 4), stored).map((x) => x.stepId)).toContain(
      'dns-mx-onprem'
    )

    const moved = domain('contoso.com', 2)
    const current = mxOf(currentDnsRecords(p, moved, stored))
    expect(current?.verdict).toMatchObject({
      status: 'error',
      stepId: 'dns-mx-eop',
      summary: expect.stringMatching(
        /^MX points to mail\.contoso\.com, not to Exchange Online Protection: publish the MX host Microsoft assigned/
      )
    })
    // The observation itself stays as checked.
    expect(current?.observed).toEqual(['0 mail.contoso.com'])
    expect(current?.checkedAt).toBe(NOW.toISOString())

    const steps = proposalsFromDns(p, moved, stored).map((x) => x.stepId)
    expect(steps).not.toContain('dns-mx-eop')
    expect(steps).not.toContain('dns-mx-onprem')
    expect(reportDnsRecords(p, moved, stored).find((r) => r.kind === 'mx')).toMatchObject({
      status: 'error',
      checkedOn: '2026-03-02'
    })
  })

  it('no longer call MX on EOP OK after the domain moves from scenario 2 to 4', async () => {
    const p = project()
    const stored = await storedCheck(p, domain('contoso.com', 2), EOP, EOP)
    expect(mxOf(stored)?.verdict).toMatchObject({ status: 'ok', stepId: 'dns-mx-eop' })

    const moved = domain('contoso.com', 4)
    expect(mxOf(currentDnsRecords(p, moved, stored))?.verdict).toMatchObject({
      status: 'error',
      stepId: 'dns-mx-onprem',
      summary: `MX points to Exchange Online Protection (${EOP}), but this domain’s scenario has MX on the on-premises host mail.contoso.com.`
    })
    expect(proposalsFromDns(p, moved, stored).map((x) => x.stepId)).not.toContain('dns-mx-eop')
  })

  it('become OK when the scenario now expects what DNS showed, with the host lookup kept', async () => {
    const p = project()
    const stored = await storedCheck(p, domain('contoso.com', 2), 'mail.contoso.com')
    expect(mxOf(stored)?.verdict?.status).toBe('error')

    const moved = domain('contoso.com', 4)
    const current = mxOf(currentDnsRecords(p, moved, stored))
    expect(current?.verdict).toMatchObject({
      status: 'ok',
      stepId: 'dns-mx-onprem',
      summary: 'MX points to mail.contoso.com.'
    })
    expect(current?.verdict?.details).toContain('mail.contoso.com resolves (131.107.21.231).')
    expect(proposalsFromDns(p, moved, stored)).toContainEqual(
      expect.objectContaining({ stepId: 'dns-mx-onprem', at: NOW.toISOString() })
    )
  })

  it('judge an EOP host against the assigned host entered before the move from 4 to 2', async () => {
    const p = project()
    const assigned = EOP
    const stored = await storedCheck(p, domain('contoso.com', 4), assigned, assigned)
    expect(mxOf(stored)?.verdict?.status).toBe('error')
    const moved = domain('contoso.com', 2)
    expect(mxOf(currentDnsRecords(p, moved, stored))?.verdict).toMatchObject({
      status: 'ok',
      stepId: 'dns-mx-eop',
      summary: `MX points to ${assigned}.`
    })
    // Without it, the same observation is Exchange Online, unconfirmed.
    const unentered = await storedCheck(p, domain('contoso.com', 4), assigned)
    expect(mxOf(currentDnsRecords(p, moved, unentered))?.verdict?.status).toBe('warning')
  })

  it('judge the same as the check while nothing changed', async () => {
    const p = project()
    const checked = domain('contoso.com', 2)
    const stored = await storedCheck(p, checked, EOP)
    expect(currentDnsRecords(p, checked, stored).map((r) => r.verdict)).toEqual(
      stored.map((r) => r.verdict)
    )
  })

  it('follow the project: a changed on-premises host is judged again', async () => {
    const stored = await storedCheck(project(), domain('contoso.com', 4), 'mail.contoso.com')
    const moved = project({ onPremHost: 'smtp.contoso.com' })
    const current = currentDnsRecords(moved, domain('contoso.com', 4), stored)
    expect(mxOf(current)?.verdict?.status).toBe('warning')
    expect(current.find((r) => r.kind === 'autodiscover')?.verdict?.status).toBe('warning')
  })
})
