import { describe, expect, test } from 'vitest'
import {
  aliasFromIdentity,
  batchKey,
  cleanBatchName,
  domainMatcher,
  hasAddress,
  mailboxLabel,
  placeholderAddress,
  shownAddress
} from '../../../src-renderer/lib/domain/mailboxes/identity'

describe('mailbox keys', () => {
  test('placeholders never contain @, so they are never taken for addresses', () => {
    expect(placeholderAddress('upn', 'Bob@Contoso.com')).toBe('~upn:bob%40contoso.com')
    expect(hasAddress(placeholderAddress('upn', 'bob@contoso.com'))).toBe(false)
    expect(hasAddress('~bob@contoso.com')).toBe(true)
    expect(shownAddress('~alias:bob')).toBe('')
    expect(shownAddress('bob@contoso.com')).toBe('bob@contoso.com')
  })

  test('labels prefer the address, then the display name, then the alias', () => {
    expect(mailboxLabel({ address: 'a@b.com', displayName: 'A', alias: 'a' })).toBe('a@b.com')
    expect(mailboxLabel({ address: '~alias:a', displayName: 'A', alias: 'a' })).toBe('A')
    expect(mailboxLabel({ address: '~alias:a', displayName: '', alias: 'a' })).toBe('a')
  })

  test('an Identity is an alias unless it is a path, a DOMAIN\\user, a GUID or an address', () => {
    expect(aliasFromIdentity('bob.kelly')).toBe('bob.kelly')
    expect(aliasFromIdentity('contoso.com/Users/Bob Kelly')).toBeUndefined()
    expect(aliasFromIdentity('CONTOSO\\bob')).toBeUndefined()
    expect(aliasFromIdentity('2f1e3a4b-1111-2222-3333-444455556666')).toBeUndefined()
    expect(aliasFromIdentity('bob@contoso.com')).toBeUndefined()
    expect(aliasFromIdentity(undefined)).toBeUndefined()
  })
})

describe('domains and batches', () => {
  test('an address belongs to its own domain or the closest parent in the project', () => {
    const domainOf = domainMatcher([
      { id: 'c', name: 'contoso.com' },
      { id: 'e', name: 'EU.contoso.com' }
    ])
    expect(
      ['a@contoso.com', 'a@x.eu.contoso.com', 'a@us.contoso.com', 'a@fabrikam.com', '~alias:a'].map(
        domainOf
      )
    ).toEqual(['c', 'e', 'c', null, null])
  })

  test('batch names meet without the MigrationService prefix, case or spaces', () => {
    expect(cleanBatchName('MigrationService:Wave 01 - Finance ')).toBe('Wave 01 - Finance')
    expect(batchKey(' migrationservice:WAVE 01')).toBe(batchKey('Wave 01'))
  })
})
