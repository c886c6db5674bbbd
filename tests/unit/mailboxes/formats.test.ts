import { describe, expect, test } from 'vitest'
import {
  detectFormat,
  headerSignature,
  suggestMapping,
  uniqueHeaders
} from '../../../src-renderer/lib/domain/mailboxes/formats'

describe('detectFormat', () => {
  test.each([
    [
      'Posh365 wide move statistics',
      'Identity,Status,BatchName,DisplayName,PercentComplete,OverallDuration,TotalFailedDuration,BadItemLimit,TotalMailboxSize,StatusDetail,RecipientTypeDetails',
      'move-request-statistics'
    ],
    [
      'the one-liner',
      'DisplayName,StatusDetail,TotalMailboxSize,PercentComplete',
      'move-request-statistics'
    ],
    [
      'Get-MigrationUser',
      'Identity,BatchId,MailboxEmailAddress,RecipientType,Status,StatusSummary',
      'migration-user'
    ],
    ['New-MigrationBatch input', 'EmailAddress', 'migration-batch'],
    [
      'Posh365 Batches.csv',
      'BatchName,DisplayName,OrganizationalUnit,IsMigrated,CompleteBatchDate,TotalGB,UserPrincipalName,PrimarySmtpAddress,Alias',
      'wave-plan'
    ],
    [
      'Get-Mailbox inventory',
      'Identity,UserPrincipalName,PrimarySmtpAddress,RecipientTypeDetails',
      'mailbox'
    ],
    [
      'Get-RemoteMailbox inventory',
      'DisplayName,Alias,PrimarySmtpAddress,RemoteRoutingAddress,RecipientTypeDetails',
      'remote-mailbox'
    ],
    [
      'MigrationWiz statistics',
      'Source,Target,SinceCreated,SinceLastStart,CurrentlyExported,CurrentlyImported,ExportDuration,ImportDuration,CreateDateLocal',
      'migrationwiz'
    ],
    ['MigrationWiz SDK names', 'ExportEmailAddress,ImportEmailAddress,Status', 'migrationwiz'],
    ['nothing known', 'Employee,Office,Phone', 'unknown'],
    ['only PowerShell session columns', 'PSComputerName,RunspaceId,PSShowComputerName', 'unknown']
  ])('%s → %s', (_name, header, id) => {
    expect(detectFormat(header.split(',')).id).toBe(id)
  })

  test('headers match whatever their case, spacing or punctuation', () => {
    expect(detectFormat(['primary smtp address', 'DISPLAY_NAME'])).toEqual({
      id: 'mailbox',
      label: 'Get-Mailbox inventory'
    })
  })

  test('PowerShell session columns do not change the answer', () => {
    expect(
      detectFormat(['EmailAddress', 'PSComputerName', 'RunspaceId', 'PSShowComputerName']).id
    ).toBe('migration-batch')
  })
})

describe('suggestMapping', () => {
  test('maps each known column to its field and the rest to ignore', () => {
    expect(
      suggestMapping([
        'BatchName',
        'DisplayName',
        'IsMigrated',
        'CompleteBatchDate',
        'MailboxGB',
        'TotalGB',
        'PrimarySmtpAddress',
        'Alias',
        'Office',
        'PSComputerName'
      ])
    ).toEqual({
      BatchName: 'batchName',
      DisplayName: 'displayName',
      IsMigrated: 'migrated',
      CompleteBatchDate: 'completeBatchDate',
      MailboxGB: 'ignore',
      TotalGB: 'sizeGb',
      PrimarySmtpAddress: 'primarySmtpAddress',
      Alias: 'alias',
      Office: 'ignore',
      PSComputerName: 'ignore'
    })
  })

  test('the best-named column wins a field; weaker synonyms stay ignored', () => {
    expect(suggestMapping(['Name', 'DisplayName', 'StatusSummary', 'Status'])).toEqual({
      Name: 'ignore',
      DisplayName: 'displayName',
      StatusSummary: 'ignore',
      Status: 'status'
    })
    expect(suggestMapping(['Name', 'Mail'])).toEqual({
      Name: 'displayName',
      Mail: 'primarySmtpAddress'
    })
  })

  test('headers that are names of object properties are ordinary keys', () => {
    const mapping = suggestMapping(['__proto__', 'constructor', 'Alias'])
    expect(Object.keys(mapping)).toEqual(['__proto__', 'constructor', 'Alias'])
    expect(mapping['__proto__']).toBe('ignore')
    expect(mapping['constructor']).toBe('ignore')
  })
})

describe('uniqueHeaders', () => {
  test('names empty headers by position and numbers repeats', () => {
    expect(uniqueHeaders(['Alias', ' ', 'alias', 'Alias', 'Alias (2)'])).toEqual([
      'Alias',
      'Column 2',
      'alias (2)',
      'Alias (3)',
      'Alias (2) (2)'
    ])
  })

  test('is idempotent', () => {
    const once = uniqueHeaders(['A', 'A', '', 'A'])
    expect(uniqueHeaders(once)).toEqual(once)
  })
})

describe('headerSignature', () => {
  test('is the same for the same columns in any order or case, PowerShell columns aside', () => {
    const a = headerSignature(['Employee', 'Mail', 'Office'])
    expect(headerSignature(['office', 'MAIL', 'Employee', 'RunspaceId'])).toBe(a)
    expect(a).toBe('csv-columns:["employee","mail","office"]')
  })

  test('differs when the columns differ', () => {
    expect(headerSignature(['Employee', 'Mail'])).not.toBe(headerSignature(['Employee', 'Email']))
    expect(headerSignature(['A', 'A'])).not.toBe(headerSignature(['A']))
  })
})
