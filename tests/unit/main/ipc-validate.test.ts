import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../../../src-main/shared/ipc-contract'
import {
  expectFileData,
  IPC_VALIDATORS,
  validateDnsQueryArgs,
  validateFileName,
  validateSaveFileArgs
} from '../../../src-main/ipc/validate'

const GOOD = { suggestedName: 'status-report.html', mimeType: 'text/html', data: '<p>ok</p>' }

describe('validateSaveFileArgs', () => {
  it('passes a good payload through', () => {
    expect(validateSaveFileArgs([GOOD])).toEqual([GOOD])
  })

  it('accepts bytes and media-type parameters', () => {
    const bytes = new Uint8Array([1, 2])
    const args = { suggestedName: 'a.pdf', mimeType: 'text/csv; charset=utf-8', data: bytes }
    expect(validateSaveFileArgs([args])).toEqual([args])
  })

  it('strips directories from the suggested name', () => {
    expect(validateSaveFileArgs([{ ...GOOD, suggestedName: 'exports/q3/report.csv' }])).toEqual([
      { ...GOOD, suggestedName: 'report.csv' }
    ])
  })

  it.each([
    [[], 'file:save: expected 1 argument(s), got 0'],
    [[GOOD, GOOD], 'file:save: expected 1 argument(s), got 2'],
    [['report.html'], 'file:save argument must be an object'],
    [[null], 'file:save argument must be an object'],
    [[[GOOD]], 'file:save argument must be an object'],
    [[{ ...GOOD, path: '/etc/passwd' }], 'file:save argument has unexpected field(s): path'],
    [[{ ...GOOD, suggestedName: 42 }], 'suggestedName must be a string'],
    [[{ ...GOOD, suggestedName: '' }], 'suggestedName must not be empty'],
    [[{ ...GOOD, suggestedName: 'a'.repeat(256) }], 'suggestedName is longer than 255 characters'],
    [[{ ...GOOD, mimeType: undefined }], 'mimeType must be a string'],
    [[{ ...GOOD, mimeType: 'text html' }], 'mimeType is not a media type: "text html"'],
    [
      [{ ...GOOD, mimeType: 'text/html\r\nX: 1' }],
      'mimeType is not a media type: "text/html\r\nX: 1"'
    ],
    [[{ ...GOOD, data: 12 }], 'data must be a string or a Uint8Array'],
    [[{ ...GOOD, data: [1, 2] }], 'data must be a string or a Uint8Array'],
    [[{ ...GOOD, data: new ArrayBuffer(2) }], 'data must be a string or a Uint8Array']
  ])('rejects %j', (args, message) => {
    expect(() => validateSaveFileArgs(args)).toThrow(new Error(message))
  })

  it('rejects data over 50 MB, bytes or UTF-8 text', () => {
    expect(MAX_FILE_BYTES).toBe(50 * 1024 * 1024)
    const tooBig = `data is larger than ${MAX_FILE_BYTES} bytes`
    expect(() =>
      validateSaveFileArgs([{ ...GOOD, data: new Uint8Array(MAX_FILE_BYTES + 1) }])
    ).toThrow(tooBig)
    expect(() => validateSaveFileArgs([{ ...GOOD, data: 'a'.repeat(MAX_FILE_BYTES + 1) }])).toThrow(
      tooBig
    )
  })

  it('measures text as UTF-8, not as characters', () => {
    // 4 characters, 8 bytes in UTF-8.
    expect(() => expectFileData('éééé', 'data', 7)).toThrow('data is larger than 7 bytes')
    expect(expectFileData('éééé', 'data', 8)).toBe('éééé')
    expect(expectFileData(new Uint8Array(8), 'data', 8)).toEqual(new Uint8Array(8))
  })
})

describe('validateFileName', () => {
  it.each([
    ['report.csv', 'report.csv'],
    ['Status report 2025-06.html', 'Status report 2025-06.html'],
    ['.hidden-notes.txt', '.hidden-notes.txt'],
    ['exports/report.csv', 'report.csv'],
    ['exports\\report.csv', 'report.csv'],
    ['console.txt', 'console.txt'],
    ['com10.txt', 'com10.txt'],
    ['nullable.json', 'nullable.json'],
    ['rapport-é.csv', 'rapport-é.csv']
  ])('accepts %j as %j', (name, base) => {
    expect(validateFileName(name)).toBe(base)
  })

  it.each([
    ['', 'empty'],
    ['..', "'..' is not allowed"],
    ['../report.csv', "'..' is not allowed"],
    ['exports/../../report.csv', "'..' is not allowed"],
    ['..\\..\\Windows\\report.csv', "'..' is not allowed"],
    ['/etc/passwd', 'absolute paths are not allowed'],
    ['\\Windows\\win.ini', 'absolute paths are not allowed'],
    ['C:\\Windows\\win.ini', 'absolute paths are not allowed'],
    ['c:report.csv', 'absolute paths are not allowed'],
    ['\\\\server\\share\\report.csv', 'UNC paths are not allowed'],
    ['//server/share/report.csv', 'UNC paths are not allowed'],
    ['CON', 'a reserved device name on Windows'],
    ['CON.txt', 'a reserved device name on Windows'],
    ['con.tar.gz', 'a reserved device name on Windows'],
    ['nul', 'a reserved device name on Windows'],
    ['Nul.csv', 'a reserved device name on Windows'],
    ['PRN.html', 'a reserved device name on Windows'],
    ['aux.json', 'a reserved device name on Windows'],
    ['COM1.csv', 'a reserved device name on Windows'],
    ['com9', 'a reserved device name on Windows'],
    ['LPT1.txt', 'a reserved device name on Windows'],
    ['lpt9.pdf', 'a reserved device name on Windows'],
    ['exports/CON.txt', 'a reserved device name on Windows'],
    ['report.', 'ends with a dot or a space'],
    ['report.csv...', 'ends with a dot or a space'],
    ['report.csv ', 'ends with a dot or a space'],
    ['exports/', 'no file name after the last separator'],
    ['report\u0000.csv', 'control or direction characters'],
    ['report\n.csv', 'control or direction characters'],
    ['report\u007f.csv', 'control or direction characters'],
    ['report\u202Evsc.exe', 'control or direction characters'],
    ['report?.csv', 'contains one of < > : " | ? *'],
    ['report:stream.csv', 'contains one of < > : " | ? *'],
    ['a<b>.csv', 'contains one of < > : " | ? *']
  ])('rejects %j (%s)', (name, reason) => {
    expect(() => validateFileName(name)).toThrow(
      new Error(`Invalid file name "${name}": ${reason}`)
    )
  })

  it('rejects names over 255 characters', () => {
    expect(() => validateFileName(`${'a'.repeat(252)}.csv`)).toThrow('longer than 255 characters')
  })
})

describe('IPC_VALIDATORS', () => {
  it('has exactly one validator per contract channel', () => {
    expect(Object.keys(IPC_VALIDATORS).sort()).toEqual([
      'app:get-info',
      'backup:list',
      'backup:read',
      'backup:write',
      'canary:read',
      'canary:write',
      'dns:query',
      'file:save',
      'report:save-pdf'
    ])
  })

  it('lets app:get-info take no arguments', () => {
    expect(IPC_VALIDATORS['app:get-info']([])).toEqual([])
    expect(() => IPC_VALIDATORS['app:get-info'](['x'])).toThrow(
      'app:get-info: expected 0 argument(s), got 1'
    )
  })
})

describe('validateDnsQueryArgs', () => {
  const QUERY = { name: 'contoso.com', type: 'MX' }

  it('passes good payloads through unchanged', () => {
    const full = { name: 'Contoso.com.', type: 'TXT', server: '[::1]:5353', timeoutMs: 2500 }
    expect(validateDnsQueryArgs([QUERY])).toEqual([QUERY])
    expect(validateDnsQueryArgs([full])).toEqual([full])
    expect(validateDnsQueryArgs([{ ...QUERY, server: '' }])).toEqual([{ ...QUERY, server: '' }])
    for (const type of ['A', 'AAAA', 'MX', 'TXT', 'CNAME', 'PTR', 'NS']) {
      expect(validateDnsQueryArgs([{ ...QUERY, type }])).toEqual([{ ...QUERY, type }])
    }
  })

  it('leaves a name that is no DNS name to the query, which answers INVALID', () => {
    expect(validateDnsQueryArgs([{ ...QUERY, name: 'not a name' }])).toEqual([
      { ...QUERY, name: 'not a name' }
    ])
  })

  it('drops fields sent as undefined', () => {
    expect(validateDnsQueryArgs([{ ...QUERY, server: undefined, timeoutMs: undefined }])).toEqual([
      QUERY
    ])
  })

  it.each([
    [[], 'dns:query: expected 1 argument(s), got 0'],
    [[QUERY, 'MX'], 'dns:query: expected 1 argument(s), got 2'],
    [['contoso.com'], 'dns:query argument must be an object'],
    [[null], 'dns:query argument must be an object'],
    [[{ ...QUERY, class: 'CH' }], 'dns:query argument has unexpected field(s): class'],
    [[{ ...QUERY, name: 42 }], 'name must be a string'],
    [[{ ...QUERY, name: ['contoso.com'] }], 'name must be a string'],
    [[{ type: 'A' }], 'name must be a string'],
    [[{ ...QUERY, name: '' }], 'name must not be empty'],
    [[{ ...QUERY, name: 'a'.repeat(1025) }], 'name is longer than 1024 characters'],
    [[{ ...QUERY, type: 'SOA' }], 'type must be one of A, AAAA, MX, TXT, CNAME, PTR, NS'],
    [[{ ...QUERY, type: 'mx' }], 'type must be one of A, AAAA, MX, TXT, CNAME, PTR, NS'],
    [[{ ...QUERY, type: 15 }], 'type must be one of A, AAAA, MX, TXT, CNAME, PTR, NS'],
    [[{ name: 'contoso.com' }], 'type must be one of A, AAAA, MX, TXT, CNAME, PTR, NS'],
    [[{ ...QUERY, server: 53 }], 'server must be a string'],
    [[{ ...QUERY, server: null }], 'server must be a string'],
    [[{ ...QUERY, server: '1'.repeat(65) }], 'server is longer than 64 characters'],
    [
      [{ ...QUERY, server: 'dns.google' }],
      'DNS server “dns.google” is not an IP address: enter an IPv4 or IPv6 address, such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353.'
    ],
    [
      [{ ...QUERY, server: '8.8.8.8,1.1.1.1' }],
      'DNS server “8.8.8.8,1.1.1.1” is not an IP address: enter an IPv4 or IPv6 address, such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353.'
    ],
    [
      [{ ...QUERY, server: '127.0.0.1:99999' }],
      'DNS server “127.0.0.1:99999” has port “99999”: a port is 1 to 65535.'
    ],
    [[{ ...QUERY, timeoutMs: '5000' }], 'timeoutMs must be a positive number of milliseconds'],
    [[{ ...QUERY, timeoutMs: 0 }], 'timeoutMs must be a positive number of milliseconds'],
    [[{ ...QUERY, timeoutMs: -1 }], 'timeoutMs must be a positive number of milliseconds'],
    [[{ ...QUERY, timeoutMs: Number.NaN }], 'timeoutMs must be a positive number of milliseconds'],
    [
      [{ ...QUERY, timeoutMs: Number.POSITIVE_INFINITY }],
      'timeoutMs must be a positive number of milliseconds'
    ]
  ])('rejects %j', (args, message) => {
    expect(() => validateDnsQueryArgs(args)).toThrow(new Error(message))
  })
})
