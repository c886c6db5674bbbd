import { describe, expect, it } from 'vitest'
import {
  expectBackupName,
  IPC_VALIDATORS,
  validateBackupReadArgs,
  validateBackupWriteArgs,
  validateCanary,
  validateCanaryWriteArgs
} from '../../../src-main/ipc/validate'
import type { Canary } from '../../../src-main/shared/ipc-contract'

const NAME = 'tracker-backup-2026-03-10T09-00-00-000Z-interval.json'
const CANARY: Canary = {
  projectCount: 1,
  rowCounts: { projects: 1, steps: 120, events: 0 },
  lastBackup: NAME,
  schemaVersion: 2,
  writtenAt: '2026-03-10T09:00:01.000Z'
}

describe('validateBackupWriteArgs', () => {
  it('passes text and a known reason through', () => {
    for (const reason of [
      'interval',
      'before-import',
      'before-restore',
      'before-upgrade',
      'manual'
    ] as const) {
      expect(validateBackupWriteArgs([{ text: '{}', reason }])).toEqual([{ text: '{}', reason }])
    }
  })

  it.each([
    [[], 'backup:write: expected 1 argument(s), got 0'],
    [[{ text: '{}', reason: 'manual' }, 'x'], 'backup:write: expected 1 argument(s), got 2'],
    [['{}'], 'backup:write argument must be an object'],
    [[{ text: '{}', reason: 'manual', path: '/tmp/x' }], 'unexpected field(s): path'],
    [[{ text: '{}', reason: 'whenever' }], 'reason must be one of interval, before-import'],
    [[{ text: '{}' }], 'reason must be one of'],
    [[{ text: 42, reason: 'manual' }], 'text must be a string or a Uint8Array'],
    [[{ text: new Uint8Array([123, 125]), reason: 'manual' }], 'text must be a non-empty string'],
    [[{ text: '', reason: 'manual' }], 'text must be a non-empty string']
  ])('refuses %j', (args, message) => {
    expect(() => validateBackupWriteArgs(args)).toThrow(message)
  })
})

describe('expectBackupName and validateBackupReadArgs', () => {
  it('accepts exactly the names main writes', () => {
    expect(validateBackupReadArgs([{ name: NAME }])).toEqual([{ name: NAME }])
    expect(expectBackupName(NAME, 'name')).toBe(NAME)
  })

  it.each([
    ['..', 'not a path'],
    [`../${NAME}`, 'not a path'],
    [`..${NAME}`, 'not a path'],
    [`backups/${NAME}`, 'not a path'],
    [`/home/ada/${NAME}`, 'not a path'],
    [`C:\\Users\\ada\\${NAME}`, 'not a path'],
    [`\\\\server\\share\\${NAME}`, 'not a path'],
    [`//server/share/${NAME}`, 'not a path'],
    ['C:tracker-backup.json', 'not the name of an automatic backup'],
    ['CON', 'not the name of an automatic backup'],
    ['nul.json', 'not the name of an automatic backup'],
    ['COM1.json', 'not the name of an automatic backup'],
    [`${NAME}:stream`, 'not the name of an automatic backup'],
    [`${NAME}\u0000.txt`, 'not the name of an automatic backup'],
    [`.${NAME}.1234.tmp`, 'not the name of an automatic backup'],
    ['data-canary.json', 'not the name of an automatic backup'],
    ['', 'name must not be empty'],
    ['x'.repeat(300), 'name is longer than 255 characters']
  ])('refuses %j', (name, message) => {
    expect(() => validateBackupReadArgs([{ name }])).toThrow(message)
  })

  it.each([
    [[], 'backup:read: expected 1 argument(s), got 0'],
    [[NAME], 'backup:read argument must be an object'],
    [[{ name: 7 }], 'name must be a string'],
    [[{ name: NAME, dir: '/' }], 'unexpected field(s): dir']
  ])('refuses the call %j', (args, message) => {
    expect(() => validateBackupReadArgs(args)).toThrow(message)
  })
})

describe('validateCanary', () => {
  it('passes a canary through, with or without a last backup', () => {
    expect(validateCanaryWriteArgs([CANARY])).toEqual([CANARY])
    expect(validateCanary({ ...CANARY, lastBackup: null }, 'canary')).toEqual({
      ...CANARY,
      lastBackup: null
    })
  })

  it.each([
    [{ ...CANARY, projectCount: -1 }, 'projectCount must be a whole number of at least 0'],
    [{ ...CANARY, projectCount: 1.5 }, 'projectCount must be a whole number'],
    [{ ...CANARY, projectCount: '1' }, 'projectCount must be a whole number'],
    [{ ...CANARY, rowCounts: [1, 2] }, 'rowCounts must be an object'],
    [{ ...CANARY, rowCounts: null }, 'rowCounts must be an object'],
    [{ ...CANARY, rowCounts: { projects: -3 } }, 'rowCounts.projects must be a whole number'],
    [{ ...CANARY, rowCounts: { '../x': 1 } }, 'rowCounts has a table name that is not one'],
    [{ ...CANARY, rowCounts: { __proto__x: 1 } }, 'rowCounts has a table name that is not one'],
    [
      {
        ...CANARY,
        rowCounts: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`t${i}`, 1]))
      },
      'rowCounts has more than 64 tables'
    ],
    [{ ...CANARY, lastBackup: '../../etc/passwd' }, 'lastBackup must be a backup'],
    [{ ...CANARY, lastBackup: 3 }, 'lastBackup must be a string'],
    [{ ...CANARY, schemaVersion: 0 }, 'schemaVersion must be at least 1'],
    [{ ...CANARY, writtenAt: 'yesterday' }, 'writtenAt is not an ISO time'],
    [{ ...CANARY, writtenAt: 'x'.repeat(41) }, 'writtenAt is longer than 40 characters'],
    [{ ...CANARY, extra: true }, 'unexpected field(s): extra'],
    ['canary', 'canary must be an object']
  ])('refuses %j', (value, message) => {
    expect(() => validateCanary(value, 'canary')).toThrow(message)
  })

  it('refuses a canary:write call with other arguments', () => {
    expect(() => validateCanaryWriteArgs([])).toThrow('canary:write: expected 1 argument(s), got 0')
  })
})

describe('the argument-less backup channels', () => {
  it('take no arguments', () => {
    expect(IPC_VALIDATORS['backup:list']([])).toEqual([])
    expect(IPC_VALIDATORS['canary:read']([])).toEqual([])
    expect(() => IPC_VALIDATORS['backup:list'](['..'])).toThrow(
      'backup:list: expected 0 argument(s), got 1'
    )
    expect(() => IPC_VALIDATORS['canary:read']([{}])).toThrow(
      'canary:read: expected 0 argument(s), got 1'
    )
  })
})
