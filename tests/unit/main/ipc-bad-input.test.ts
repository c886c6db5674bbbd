// Hostile IPC payloads (issue 7, "Faults"): unknown channels, wrong types and oversized payloads on
// every channel, and for every channel that takes a file name (the suggestedName of file:save and
// report:save-pdf, backup:read's name, canary:write's lastBackup) names with '..', absolute and UNC paths, and the
// device names Windows reserves, with extensions, in any case and with trailing dots or spaces.
// Each is refused by the validator before a handler runs.
import { describe, expect, it } from 'vitest'
import { IPC_CHANNELS, MAX_BACKUP_BYTES } from '../../../src-main/shared/ipc-contract'
import type { Canary, IpcChannel } from '../../../src-main/shared/ipc-contract'
import { registerIpcHandlers } from '../../../src-main/ipc/register-handlers'
import type { IpcHandlers, InvokeEventLike } from '../../../src-main/ipc/register-handlers'
import { IPC_VALIDATORS, validateFileName } from '../../../src-main/ipc/validate'

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>

const APP_EVENT: InvokeEventLike = { senderFrame: { url: 'app://tracker/index.html' } }
const BACKUP_NAME = 'tracker-backup-2026-03-01T09-00-00-000Z-manual.json'
const CANARY: Canary = {
  projectCount: 1,
  rowCounts: { projects: 1 },
  lastBackup: BACKUP_NAME,
  schemaVersion: 2,
  writtenAt: '2026-03-01T09:00:01.000Z'
}

/** Registers a recording handler on every contract channel, whatever the contract holds. */
function setup() {
  const registered = new Map<string, Listener>()
  const calls: string[] = []
  const handlers = Object.fromEntries(
    IPC_CHANNELS.map((channel) => [channel, () => void calls.push(channel)])
  ) as unknown as IpcHandlers<InvokeEventLike>
  registerIpcHandlers(
    { handle: (channel, listener) => void registered.set(channel, listener) },
    handlers
  )
  async function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const listener = registered.get(channel)
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`)
    return listener(APP_EVENT, ...args)
  }
  return { registered, calls, invoke }
}

/** The error a validator throws, or null when it accepts the arguments. */
function refusal(channel: IpcChannel, args: unknown[]): Error | null {
  try {
    IPC_VALIDATORS[channel](args)
    return null
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

const RESERVED = [
  'CON',
  'PRN',
  'AUX',
  'NUL',
  ...Array.from({ length: 9 }, (_, i) => `COM${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `LPT${i + 1}`)
]

/** Every reserved name as is, in lower and mixed case, with extensions, trailing dots and spaces. */
const RESERVED_FORMS = RESERVED.flatMap((name) => {
  const lower = name.toLowerCase()
  const mixed = lower.charAt(0).toUpperCase() + lower.slice(1)
  return [
    name,
    lower,
    mixed,
    `${name}.csv`,
    `${lower}.json`,
    `${mixed}.tar.gz`,
    `${name}.`,
    `${lower} `,
    `${name}.csv.`,
    `${mixed}.pdf `,
    `exports/${name}.html`
  ]
})

const PATHS = [
  '..',
  '../report.csv',
  'exports/../../report.csv',
  '..\\..\\Windows\\report.csv',
  'exports\\..\\report.csv',
  '/etc/passwd',
  '/report.csv',
  '\\Windows\\win.ini',
  'C:\\Users\\ada\\report.csv',
  'C:/Users/ada/report.csv',
  'c:report.csv',
  '\\\\server\\share\\report.csv',
  '//server/share/report.csv',
  '\\\\?\\C:\\report.csv',
  '\\\\.\\CON',
  '\\\\?\\UNC\\server\\share\\report.csv',
  '\\/server/share/report.csv'
]

/** The channels that take a suggested file name, each with a payload around the name. */
const NAMED: [IpcChannel, (name: string) => unknown][] = [
  ['file:save', (suggestedName) => ({ suggestedName, mimeType: 'text/csv', data: 'a,b\r\n' })],
  ['report:save-pdf', (suggestedName) => ({ html: '<p>Status</p>', suggestedName })]
]

describe.each(NAMED)('%s refuses every hostile suggestedName', (channel, payload) => {
  it.each(PATHS)('path %j', (name) => {
    expect(refusal(channel, [payload(name)])?.message).toMatch(
      /^Invalid file name .*: ('\.\.' is not allowed|absolute paths are not allowed|UNC paths are not allowed)$/
    )
  })

  it.each(RESERVED_FORMS)('reserved name %j', (name) => {
    expect(refusal(channel, [payload(name)])?.message).toMatch(
      /^Invalid file name .*: (a reserved device name on Windows|ends with a dot or a space)$/
    )
  })

  // Win32 drops trailing spaces before the extension too, so "CON .pdf" opens the console
  // (Project Zero, "The Definitive Guide on Win32 to NT Path Conversion").
  it.each(['CON .pdf', 'nul  .pdf', 'COM1 .pdf', 'lpt9 .pdf'])(
    'reserved name with spaces before the extension %j',
    (name) => {
      expect(refusal(channel, [payload(name)])?.message).toMatch(/reserved device name/)
    }
  )
})

it('names that only start like a device name are still accepted', () => {
  for (const name of ['CONTOSO.pdf', 'nullable.pdf', 'com10.pdf', 'lpt.pdf', 'auxiliary.pdf'])
    expect(validateFileName(name)).toBe(name)
})

describe('backup:read and canary:write refuse every name that is not an automatic backup', () => {
  const hostile = [
    ...PATHS,
    ...RESERVED_FORMS,
    `../${BACKUP_NAME}`,
    `backups/${BACKUP_NAME}`,
    `${BACKUP_NAME}.`,
    `${BACKUP_NAME} `,
    `${BACKUP_NAME}:$DATA`,
    `${BACKUP_NAME}\n`,
    BACKUP_NAME.toUpperCase()
  ]

  it.each(hostile)('%j', (name) => {
    expect(refusal('backup:read', [{ name }])?.message).toMatch(
      /^name (must be a backup's file name, not a path|is not the name of an automatic backup): /
    )
    expect(refusal('canary:write', [{ ...CANARY, lastBackup: name }])?.message).toMatch(
      /^lastBackup (must be a backup's file name, not a path|is not the name of an automatic backup): /
    )
  })
})

describe('every channel refuses wrong types with a plain Error, never a crash', () => {
  const wrong: unknown[][] = [
    [null],
    [undefined],
    [42],
    [Number.NaN],
    [true],
    ['file:save'],
    [[]],
    [{}],
    [{ __proto__: null }],
    [{ constructor: 'x' }],
    [new Uint8Array(4)],
    [new Date(0)],
    [{}, {}]
  ]
  const cases = IPC_CHANNELS.flatMap((channel) => wrong.map((args) => ({ channel, args })))

  it.each(cases)('$channel with $args', ({ channel, args }) => {
    const error = refusal(channel, args)
    // A TypeError or RangeError here would be the validator crashing on the payload.
    expect(error?.constructor).toBe(Error)
    expect(error?.message).not.toBe('')
  })

  it('and the handler never runs for any of them', async () => {
    const { invoke, calls } = setup()
    for (const { channel, args } of cases) await expect(invoke(channel, ...args)).rejects.toThrow()
    expect(calls).toEqual([])
  })
})

describe('unknown channels', () => {
  it.each([
    'shell:exec',
    'shell:open-external',
    'file:read',
    'FILE:SAVE',
    'file:save ',
    ' file:save',
    'file-save',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    ''
  ])('%j has no handler', async (channel) => {
    const { registered, invoke, calls } = setup()
    expect(registered.has(channel)).toBe(false)
    await expect(invoke(channel, {})).rejects.toThrow(`No handler registered for '${channel}'`)
    expect(calls).toEqual([])
  })

  it('only contract channels are registered', () => {
    expect([...setup().registered.keys()]).toEqual([...IPC_CHANNELS])
  })
})

describe('oversized payloads', () => {
  it('backup:write measures text as UTF-8: 179 million "€" are 537,000,000 bytes, over the limit', () => {
    // The largest string V8 holds is 536,870,888 characters, so only text whose UTF-8 is
    // longer than its length can be over MAX_BACKUP_BYTES (512 MiB).
    const text = '€'.repeat(179_000_000)
    expect(refusal('backup:write', [{ text, reason: 'manual' }])?.message).toBe(
      `text is larger than ${MAX_BACKUP_BYTES} bytes`
    )
  }, 30_000)

  it('backup:write refuses bytes over the limit by their size', () => {
    const bytes = new Uint8Array(MAX_BACKUP_BYTES + 1)
    expect(refusal('backup:write', [{ text: bytes, reason: 'manual' }])?.message).toBe(
      `text is larger than ${MAX_BACKUP_BYTES} bytes`
    )
  })

  it.each([
    [
      'file:save',
      [{ suggestedName: 'a.csv', mimeType: `text/${'x'.repeat(300)}`, data: '' }],
      'mimeType is longer than 255 characters'
    ],
    [
      'file:save',
      [{ suggestedName: `${'a'.repeat(300)}.csv`, mimeType: 'text/csv', data: '' }],
      'suggestedName is longer than 255 characters'
    ],
    [
      'dns:query',
      [{ name: 'a'.repeat(100_000), type: 'A' }],
      'name is longer than 1024 characters'
    ],
    [
      'dns:query',
      [{ name: 'contoso.com', type: 'A', server: '1'.repeat(10_000) }],
      'server is longer than 64 characters'
    ],
    ['backup:read', [{ name: 'x'.repeat(100_000) }], 'name is longer than 255 characters'],
    [
      'canary:write',
      [{ ...CANARY, lastBackup: 'x'.repeat(100_000) }],
      'lastBackup is longer than 255 characters'
    ],
    [
      'canary:write',
      [
        {
          ...CANARY,
          rowCounts: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`t${i}`, 1]))
        }
      ],
      'rowCounts has more than 64 tables'
    ]
  ] as const)('%s: %s…', (channel, args, message) => {
    expect(refusal(channel, [...args])?.message).toBe(message)
  })
})
