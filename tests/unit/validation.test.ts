import { describe, expect, it } from 'vitest'
import {
  isExchange2010OrLater,
  isIsoDate,
  projectInputWarnings,
  splitList,
  validateDomainInput,
  validateProjectInput,
  validateStepPatch,
  type ProjectInput
} from '../../src-renderer/lib/domain/validation'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'

const VALID: ProjectInput = {
  name: ' Contoso ',
  tenantName: 'Contoso.onmicrosoft.com',
  onPremIps: ['131.107.21.231', '2001:DB8::/48', '131.107.21.231'],
  onPremHost: 'Mail.Contoso.com.',
  thirdPartySenders: ['include:spf.thirdparty.example', '10.10.10.1'],
  exchangeVersion: '2016'
}

describe('project input', () => {
  it('normalises what was typed', () => {
    expect(validateProjectInput(VALID)).toEqual({
      ok: true,
      value: {
        cloud: 'worldwide',
        name: 'Contoso',
        tenantName: 'contoso.onmicrosoft.com',
        onPremIps: ['131.107.21.231', '2001:db8::/48'],
        onPremHost: 'mail.contoso.com',
        certificateDomain: '',
        hybridEndpoint: '',
        thirdPartySenders: ['spf.thirdparty.example', '10.10.10.1'],
        exchangeVersion: '2016'
      }
    })
  })

  it('normalises the certificate domain and hybrid endpoint, and names a bad one', () => {
    const result = validateProjectInput({
      ...VALID,
      certificateDomain: ' SMTP.Contoso.com. ',
      hybridEndpoint: 'hybrid contoso.com'
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors)).toEqual(['hybridEndpoint'])
    const fixed = validateProjectInput({
      ...VALID,
      certificateDomain: ' SMTP.Contoso.com. ',
      hybridEndpoint: 'hybrid.contoso.com'
    })
    expect(fixed.ok && fixed.value.certificateDomain).toBe('smtp.contoso.com')
    expect(fixed.ok && fixed.value.hybridEndpoint).toBe('hybrid.contoso.com')
  })

  it('names every field that is wrong', () => {
    const result = validateProjectInput({
      name: '',
      tenantName: 'contoso.com',
      onPremIps: ['300.1.1.1'],
      onPremHost: 'mail contoso.com',
      thirdPartySenders: ['10.10.10.1/40'],
      exchangeVersion: '2003' as ProjectInput['exchangeVersion']
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual([
      'exchangeVersion',
      'name',
      'onPremHost',
      'onPremIps',
      'tenantName',
      'thirdPartySenders'
    ])
    expect(result.errors.tenantName).toBe(
      'The tenant name ends in .onmicrosoft.com, e.g. contoso.onmicrosoft.com.'
    )
    expect(result.errors.onPremHost).toContain('space')
    expect(result.errors.onPremIps).toContain('300.1.1.1')
  })

  it('accepts an empty tenant and host while the lead does not know them yet', () => {
    const result = validateProjectInput({ ...VALID, tenantName: '', onPremHost: '', onPremIps: [] })
    expect(result.ok).toBe(true)
  })

  it('refuses a name longer than 120 characters', () => {
    const result = validateProjectInput({ ...VALID, name: 'x'.repeat(121) })
    expect(result).toEqual({
      ok: false,
      errors: { name: 'The project name is 121 characters; keep it to 120.' }
    })
  })

  it('splits lists typed one per line, with commas or semicolons', () => {
    expect(splitList(' 1.1.1.1\n2.2.2.2, 3.3.3.3;4.4.4.4  \n\n')).toEqual([
      '1.1.1.1',
      '2.2.2.2',
      '3.3.3.3',
      '4.4.4.4'
    ])
  })

  it('knows which Exchange versions the Hybrid Configuration Wizard supports', () => {
    expect(
      ['2007', '2010', '2013', '2016', '2019', 'SE', 'none'].map((v) =>
        isExchange2010OrLater(v as ProjectInput['exchangeVersion'])
      )
    ).toEqual([false, true, true, true, true, true, false])
  })
})

describe('project input warnings', () => {
  it('questions private, loopback and every-address on-premises IPs without refusing them', () => {
    const input = { ...VALID, onPremIps: ['10.0.0.25', '127.0.0.1', '0.0.0.0/0', '131.107.21.231'] }
    expect(validateProjectInput(input).ok).toBe(true)
    const warnings = projectInputWarnings(input)
    expect(warnings.onPremIps).toMatch(/^10\.0\.0\.25 is a private range \(RFC 1918\)/)
    expect(warnings.onPremIps).toContain('127.0.0.1 is the loopback range')
    expect(warnings.onPremIps).toContain('0.0.0.0/0 is every address')
    expect(warnings.onPremIps).not.toContain('131.107.21.231')
  })

  it('questions third-party SPF ranges that are private or broader than /16 or /48', () => {
    const warnings = projectInputWarnings({
      onPremIps: ['131.107.21.231'],
      thirdPartySenders: ['include:_spf.google.com', '10.10.10.1', '40.92.0.0/15', '2001:db8::/48']
    })
    expect(warnings.onPremIps).toBeUndefined()
    expect(warnings.thirdPartySenders).toMatch(/^10\.10\.10\.1 is a private range/)
    expect(warnings.thirdPartySenders).toContain('40.92.0.0/15 authorises more than an IPv4 /16')
    expect(warnings.thirdPartySenders).not.toContain('2001:db8::/48')
  })

  it('has nothing to say about public addresses', () => {
    expect(projectInputWarnings({ onPremIps: ['131.107.21.231'], thirdPartySenders: [] })).toEqual(
      {}
    )
  })
})

describe('domain input', () => {
  it('normalises the name and refuses one already in the project', () => {
    expect(
      validateDomainInput({ name: 'Fabrikam.COM.', scenario: 2, conditions: NO_CONDITIONS }, [])
    ).toEqual({
      ok: true,
      value: { name: 'fabrikam.com', scenario: 2, conditions: NO_CONDITIONS }
    })
    expect(
      validateDomainInput({ name: 'Fabrikam.com', scenario: 2, conditions: NO_CONDITIONS }, [
        'fabrikam.com'
      ])
    ).toEqual({ ok: false, errors: { name: 'fabrikam.com is already in this project.' } })
  })

  it('refuses an unknown scenario and a malformed name', () => {
    const result = validateDomainInput(
      { name: 'not a domain', scenario: 5 as 1, conditions: NO_CONDITIONS },
      []
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['name', 'scenario'])
  })

  it('keeps scenario 2’s outbound path, in any scenario, and refuses an unknown one', () => {
    const input = { name: 'fabrikam.com', conditions: NO_CONDITIONS }
    expect(validateDomainInput({ ...input, scenario: 2, scenario2Outbound: 'direct' }, [])).toEqual(
      {
        ok: true,
        value: { ...input, scenario: 2, scenario2Outbound: 'direct' }
      }
    )
    expect(validateDomainInput({ ...input, scenario: 3, scenario2Outbound: 'direct' }, [])).toEqual(
      { ok: true, value: { ...input, scenario: 3, scenario2Outbound: 'direct' } }
    )
    const unknown = validateDomainInput(
      { ...input, scenario: 2, scenario2Outbound: 'via-cloud' as 'direct' },
      []
    )
    expect(unknown).toEqual({
      ok: false,
      errors: {
        scenario2Outbound:
          'Choose where the on-premises servers send internet mail: directly or back through Exchange Online.'
      }
    })
  })
})

describe('step edits', () => {
  it('needs a reason to block a step or set it not applicable', () => {
    expect(validateStepPatch({ status: 'blocked' }, 'todo')).toEqual({
      ok: false,
      errors: { statusReason: 'Say what blocks this step.' }
    })
    expect(validateStepPatch({ status: 'not-applicable', statusReason: '  ' }, 'todo')).toEqual({
      ok: false,
      errors: { statusReason: 'Say why this step does not apply to this domain.' }
    })
    expect(validateStepPatch({ status: 'blocked', statusReason: ' DNS host ' }, 'todo')).toEqual({
      ok: true,
      value: { status: 'blocked', statusReason: 'DNS host' }
    })
  })

  it('checks due dates and the size of notes', () => {
    expect(validateStepPatch({ dueDate: '15/01/2030' }, 'todo').ok).toBe(false)
    expect(validateStepPatch({ dueDate: '' }, 'todo')).toEqual({ ok: true, value: { dueDate: '' } })
    expect(validateStepPatch({ notes: 'x'.repeat(20_001) }, 'todo')).toEqual({
      ok: false,
      errors: { notes: 'This text is 20001 characters; keep it under 20000.' }
    })
  })

  it('accepts only real calendar dates', () => {
    expect(
      ['2028-02-29', '2026-02-29', '2026-13-01', '2026-04-31', '2026-4-1'].map(isIsoDate)
    ).toEqual([true, false, false, false, false])
  })
})
