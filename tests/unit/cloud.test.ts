import { describe, expect, it } from 'vitest'
import { placeholderValues, stepsFor } from '../../src-renderer/lib/domain/catalog'
import {
  CLOUD_NAMES,
  cloudNames,
  MICROSOFT_CLOUDS,
  tenantPrefix
} from '../../src-renderer/lib/domain/cloud'
import { composeSpf } from '../../src-renderer/lib/domain/dns/spf'
import { expectedRecords } from '../../src-renderer/lib/domain/dns/expected'
import { validateDkimTarget } from '../../src-renderer/lib/domain/dns/records'
import { domainProfile, NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import { SCENARIOS } from '../../src-renderer/lib/domain/types'
import { validateProjectInput, type ProjectInput } from '../../src-renderer/lib/domain/validation'
import { domain, project } from './dns/fixtures'

const INPUT: ProjectInput = {
  name: 'Contoso',
  tenantName: 'contoso.onmicrosoft.com',
  onPremHost: 'mail.contoso.com',
  onPremIps: ['131.107.21.231'],
  thirdPartySenders: [],
  exchangeVersion: '2019'
}

describe('the names of each Microsoft 365 cloud', () => {
  it('has one row per cloud with the documented names', () => {
    expect(CLOUD_NAMES['gcc-high']).toMatchObject({
      tenantSuffix: '.onmicrosoft.us',
      mxSuffix: '.mail.protection.office365.us',
      spfInclude: 'spf.protection.office365.us'
    })
    expect(CLOUD_NAMES.dod.mxSuffix).toBe(CLOUD_NAMES['gcc-high'].mxSuffix)
    expect(CLOUD_NAMES['21vianet']).toMatchObject({
      tenantSuffix: '.partner.onmschina.cn',
      mxSuffix: '.mail.protection.partner.outlook.cn',
      spfInclude: 'spf.protection.partner.outlook.cn'
    })
    for (const cloud of MICROSOFT_CLOUDS) {
      expect(CLOUD_NAMES[cloud].cloud).toBe(cloud)
      expect(CLOUD_NAMES[cloud].sourceUrl).toMatch(/^https:\/\/learn\.microsoft\.com\//)
    }
  })

  it('reads projects stored without a cloud as worldwide', () => {
    expect(cloudNames({}).cloud).toBe('worldwide')
    expect(cloudNames(undefined).cloud).toBe('worldwide')
    expect(cloudNames({ cloud: 'dod' }).cloud).toBe('dod')
  })

  it('finds the tenant prefix in every cloud', () => {
    expect(tenantPrefix('contoso.onmicrosoft.com')).toBe('contoso')
    expect(tenantPrefix('Contoso.onmicrosoft.us')).toBe('contoso')
    expect(tenantPrefix('contoso.partner.onmschina.cn')).toBe('contoso')
  })
})

describe('the cloud in every place that writes its names', () => {
  it('composes SPF with the cloud’s include', () => {
    expect(composeSpf({ ips: [], thirdParties: [], cloud: 'gcc-high' }).record).toBe(
      'v=spf1 include:spf.protection.office365.us -all'
    )
    expect(composeSpf({ ips: [], thirdParties: [] }).record).toBe(
      'v=spf1 include:spf.protection.outlook.com -all'
    )
  })

  it('fills the checklist’s texts and placeholders with the cloud’s names', () => {
    for (const scenario of SCENARIOS) {
      const texts = stepsFor(scenario, domainProfile(NO_CONDITIONS, '2019', '21vianet'))
        .flatMap((step) => [step.explanation, step.powershell ?? '', step.verify ?? ''])
        .join('\n')
      // Only the retired worldwide host, named as one never to use, remains.
      expect(texts).not.toMatch(/(?<!mail\.eo\.)outlook\.com|onmicrosoft\.com/)
      expect(texts).not.toMatch(/<(eopMxSuffix|eopTlsDomain|spfInclude|routingSuffix)>/)
    }
    const relay = stepsFor(1, domainProfile(NO_CONDITIONS, '2019', 'gcc-high')).find(
      (step) => step.id === 'onprem-relay-via-cloud'
    )
    expect(relay?.powershell).toContain("-TlsDomain 'mail.protection.office365.us'")
    const values = placeholderValues(
      { tenantName: 'contoso.onmicrosoft.us', onPremHost: '', onPremIps: [], cloud: 'gcc-high' },
      'contoso.com'
    )
    expect(values).toMatchObject({
      tenant: 'contoso',
      routingDomain: 'contoso.mail.onmicrosoft.us'
    })
  })

  it('expects the cloud’s MX, SPF and autodiscover names', () => {
    const records = expectedRecords(
      { ...project(), cloud: 'gcc-high' },
      domain('contoso.com', 1),
      {}
    )
    const byKind = (kind: string) => records.find((record) => record.kind === kind)
    // The MX host is the one Microsoft assigns: only the labelled guess follows the cloud's names.
    expect(byKind('mx')?.values).toEqual([])
    expect(byKind('mx')?.guess?.host).toBe('contoso-com.mail.protection.office365.us')
    expect(byKind('spf')?.values[0]).toContain('include:spf.protection.office365.us')
    expect(byKind('autodiscover')?.mustNotBe).toEqual(['autodiscover.office365.us'])
  })

  it('accepts every cloud’s legacy DKIM targets', () => {
    expect(
      validateDkimTarget('selector1-contoso-com._domainkey.contoso.onmicrosoft.us', 'contoso.com')
        .ok
    ).toBe(true)
    expect(
      validateDkimTarget('selector1-contoso-com._domainkey.contoso.partner.onmschina.cn').ok
    ).toBe(true)
  })
})

describe('tenant names', () => {
  it('refuses the hybrid routing domain with the reason', () => {
    expect(validateProjectInput({ ...INPUT, tenantName: 'contoso.mail.onmicrosoft.com' })).toEqual({
      ok: false,
      errors: {
        tenantName:
          'contoso.mail.onmicrosoft.com is the hybrid routing domain, not the tenant name: enter the initial domain, contoso.onmicrosoft.com.'
      }
    })
    expect(
      validateProjectInput({
        ...INPUT,
        cloud: 'gcc-high',
        tenantName: 'contoso.mail.onmicrosoft.us'
      }).ok
    ).toBe(false)
  })

  it('takes the tenant suffix of the project’s cloud and names another cloud’s', () => {
    expect(
      validateProjectInput({ ...INPUT, cloud: 'gcc-high', tenantName: 'contoso.onmicrosoft.us' })
    ).toMatchObject({
      ok: true,
      value: { cloud: 'gcc-high', tenantName: 'contoso.onmicrosoft.us' }
    })
    expect(validateProjectInput({ ...INPUT, tenantName: 'contoso.onmicrosoft.us' })).toEqual({
      ok: false,
      errors: {
        tenantName:
          'contoso.onmicrosoft.us is a tenant of the GCC High cloud, but the project is set to Worldwide (including GCC): change the cloud or the tenant name.'
      }
    })
    expect(validateProjectInput(INPUT)).toMatchObject({ ok: true, value: { cloud: 'worldwide' } })
  })

  it('accepts underscores in SPF include domains', () => {
    expect(
      validateProjectInput({
        ...INPUT,
        thirdPartySenders: ['_spf.google.com', '_netblocks.mimecast.com']
      })
    ).toMatchObject({
      ok: true,
      value: { thirdPartySenders: ['_spf.google.com', '_netblocks.mimecast.com'] }
    })
    expect(composeSpf({ ips: [], thirdParties: ['include:_spf.google.com'] }).record).toBe(
      'v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all'
    )
  })
})
