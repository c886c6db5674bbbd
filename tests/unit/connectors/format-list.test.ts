import { describe, expect, it } from 'vitest'
import {
  isConsoleNoise,
  propertyValue,
  readFormatList
} from '../../../src-renderer/lib/domain/text/format-list'

function blocks(text: string) {
  const result = readFormatList(text)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

describe('readFormatList', () => {
  it('reads padded labels, empty values, and blocks split by blank lines', () => {
    const read = blocks('\n\nName    : one\nComment :\nEnabled : True\n\n\nName    : two\n')
    expect(read).toEqual([
      {
        line: 3,
        properties: [
          { name: 'Name', value: 'one', line: 3 },
          { name: 'Comment', value: '', line: 4 },
          { name: 'Enabled', value: 'True', line: 5 }
        ]
      },
      { line: 8, properties: [{ name: 'Name', value: 'two', line: 8 }] }
    ])
  })

  it('keeps colons inside values', () => {
    expect(
      propertyValue(
        blocks('SenderDomains : {smtp:*;1}\nWhen : 1/6/2025 9:41:12 AM')[0]!,
        'senderdomains'
      )
    ).toBe('{smtp:*;1}')
  })

  it('starts a new block when a property repeats (blank lines lost in the paste)', () => {
    const read = blocks('Name : one\nType : A\nName : two\nType : B')
    expect(read.map((b) => propertyValue(b, 'Name'))).toEqual(['one', 'two'])
  })

  it('joins a word-wrapped continuation with a space, a cut one without', () => {
    const wrapped = [
      'Comment     : relays mail from the on-premises servers through Exchange Online',
      '              Protection',
      'Certificate : averyveryveryveryveryverylongnamethatwascutatthewidthofthewindowsconsol',
      '              e.contoso.com'
    ].join('\n')
    const [block] = blocks(wrapped)
    expect(propertyValue(block!, 'Comment')).toBe(
      'relays mail from the on-premises servers through Exchange Online Protection'
    )
    expect(propertyValue(block!, 'Certificate')).toBe(
      'averyveryveryveryveryverylongnamethatwascutatthewidthofthewindowsconsole.contoso.com'
    )
  })

  it('keeps the space a word-wrapped line ended with', () => {
    const [block] = blocks('Name : Outbound to \n       Office 365\nShort : x')
    expect(propertyValue(block!, 'Name')).toBe('Outbound to Office 365')
  })

  it('skips prompts and warnings, and names the first line it cannot read', () => {
    expect(blocks('PS C:\\> Get-InboundConnector | fl\nWARNING: preview\nName : x')).toHaveLength(1)
    expect(readFormatList('Name : x\nthis is not a property\n')).toEqual({
      ok: false,
      line: 2,
      message:
        'line 2: “this is not a property” is not a “Property : Value” line of Format-List output.'
    })
  })

  it('drops the colour codes PowerShell 7 puts around labels', () => {
    const [block] = blocks(
      '\u001b[32;1mName    : \u001b[0mone\n\u001b[32;1mEnabled : \u001b[0mTrue'
    )
    expect(block?.properties.map((p) => [p.name, p.value])).toEqual([
      ['Name', 'one'],
      ['Enabled', 'True']
    ])
  })

  it('recognises console noise', () => {
    expect(
      [
        'PS C:\\Users\\admin> Get-InboundConnector',
        '[PS] C:\\Windows\\system32>fl',
        'VERBOSE: x',
        'Name : x'
      ].map(isConsoleNoise)
    ).toEqual([true, true, true, false])
  })
})
