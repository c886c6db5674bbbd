/**
 * The collector script, parsed with a real PowerShell grammar (tree-sitter-powershell through
 * web-tree-sitter): it must parse without errors, run only commands on a read-only allow-list,
 * call only harmless .NET methods, and collect exactly the cmdlets and properties the importer
 * reads. PowerShell itself does not run here, so this is what is tested instead of a run.
 */
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { Language, Parser, type Node } from 'web-tree-sitter'
import { collectorScript } from '../../../src-renderer/lib/domain/inventory/collector-script'
import { CMDLET_SPECS } from '../../../src-renderer/lib/domain/inventory/spec'

const require = createRequire(import.meta.url)

/** Commands the script may run: reading cmdlets, DNS, pipeline helpers and writing its one file. */
const READ_ONLY_COMMANDS = new Set(
  [
    ...CMDLET_SPECS.map((spec) => spec.cmdlet),
    'Get-ConnectionInformation',
    'Get-Command',
    'Get-Date',
    'Get-Location',
    'Resolve-DnsName',
    'Select-Object',
    'Where-Object',
    'ForEach-Object',
    'ConvertTo-Json',
    'Join-Path',
    'Out-File',
    'Write-Host',
    'Set-StrictMode'
  ].map((name) => name.toLowerCase())
)

/** Set-StrictMode changes only how this script's own code is checked, nothing in Exchange. */
const WRITING_VERBS =
  /^(set|new|remove|enable|disable|add|update|install|invoke|start|stop|import|export|clear|move|copy|rename|send|connect|disconnect)-/i

const METHODS = new Set(['tostring', 'touniversaltime', 'new', 'add', 'toarray'])

let root: Node

beforeAll(async () => {
  await Parser.init()
  const language = await Language.load(
    require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')
  )
  const parser = new Parser()
  parser.setLanguage(language)
  const tree = parser.parse(collectorScript())
  if (tree === null) throw new Error('The PowerShell grammar returned no tree.')
  root = tree.rootNode
})

function nodesOfType(type: string): Node[] {
  return root.descendantsOfType(type).filter((node): node is Node => node !== null)
}

function definedFunctions(): Set<string> {
  return new Set(
    nodesOfType('function_statement').map(
      (node) =>
        (
          node.childForFieldName('function_name') ??
          node.namedChildren.find((child) => child?.type === 'function_name')
        )?.text.toLowerCase() ?? ''
    )
  )
}

describe('the collector script', () => {
  it('parses as PowerShell without a syntax error', () => {
    const errors = [...nodesOfType('ERROR'), ...root.descendantsOfType('MISSING')].map(
      (node) => `${node?.startPosition.row}: ${node?.text.slice(0, 60)}`
    )
    expect(errors).toEqual([])
    expect(root.hasError).toBe(false)
  })

  it('runs only read-only commands and its own functions', () => {
    const functions = definedFunctions()
    expect([...functions].sort()).toEqual([
      'convertto-inventoryvalue',
      'get-dnsanswers',
      'get-inventoryrows'
    ])
    const commands = nodesOfType('command')
    expect(commands.length).toBeGreaterThan(20)
    const names = commands.map((command) => {
      const name = command.childForFieldName('command_name')
      if (name === null) throw new Error(`A command without a name: ${command.text.slice(0, 60)}`)
      return name.text
    })
    const direct = names.filter((name) => !name.startsWith('$'))
    const notAllowed = direct.filter(
      (name) => !READ_ONLY_COMMANDS.has(name.toLowerCase()) && !functions.has(name.toLowerCase())
    )
    expect(notAllowed).toEqual([])
    expect(direct.filter((name) => WRITING_VERBS.test(name) && name !== 'Set-StrictMode')).toEqual(
      []
    )
    // The one indirect call runs the script block Get-InventoryRows is given, each a Get-* cmdlet.
    expect(names.filter((name) => name.startsWith('$'))).toEqual(['$Collect'])
  })

  it('calls only harmless .NET methods and never downloads or evaluates text', () => {
    const methods = nodesOfType('invokation_expression').map(
      (node) =>
        node.namedChildren
          .filter((child) => child?.type === 'member_name')
          .at(-1)
          ?.text.toLowerCase() ?? ''
    )
    expect(methods.length).toBeGreaterThan(0)
    expect([...new Set(methods)].filter((name) => !METHODS.has(name))).toEqual([])
    const text = collectorScript()
    for (const forbidden of [
      /Invoke-Expression/i,
      /\biex\b/i,
      /WebClient/i,
      /Invoke-WebRequest/i,
      /Invoke-RestMethod/i,
      /Get-Credential/i,
      /Password/i,
      /DownloadString/i,
      /Start-Process/i
    ])
      expect(text).not.toMatch(forbidden)
  })

  it('collects exactly the cmdlets and properties the importer reads', () => {
    const text = collectorScript()
    for (const spec of CMDLET_SPECS) {
      expect(text).toContain(`-Collect { ${spec.cmdlet} -ErrorAction Stop }`)
      for (const [name, kind] of Object.entries(spec.properties))
        expect(text).toContain(`'${name}' = '${kind}'`)
    }
    const collected = nodesOfType('command')
      .map((command) => command.childForFieldName('command_name')?.text ?? '')
      .filter((name) => CMDLET_SPECS.some((spec) => spec.cmdlet === name))
    expect(new Set(collected)).toEqual(new Set(CMDLET_SPECS.map((spec) => spec.cmdlet)))
  })

  it('writes the inventory format and records the tenant id and failures', () => {
    const text = collectorScript()
    expect(text).toContain("format = 'hybrid-mailflow-inventory'")
    expect(text).toContain('version = 1')
    expect(text).toContain("$document['tenantId'] = [string] $connection.TenantID")
    expect(text).toContain('notCollected = $_.Exception.Message')
    expect(text).toContain('ConvertTo-Json -InputObject $document -Depth 8')
    expect(text.split('\r\n').length).toBeGreaterThan(100)
    expect(text).not.toMatch(/[^\r]\n/)
  })
})
