/**
 * The read-only collector script, generated from the same table the importer reads by
 * (./spec.ts), so a property the importer reads is always one the script writes. It runs in a
 * session the admin already opened (Exchange Online PowerShell after Connect-ExchangeOnline, or
 * the Exchange Management Shell), on Windows PowerShell 5.1 and PowerShell 7: no `?.`, `??` or
 * ternaries, no New-Object. It only reads (Get-*, Resolve-DnsName) and writes one JSON file; it
 * asks for no credentials. A cmdlet that fails is written as { "notCollected": "<reason>" }.
 */
import { INVENTORY_FORMAT, INVENTORY_VERSION } from './model'
import type { InventorySide, PropertyKind } from './spec'
import { CMDLET_SPECS } from './spec'

export const COLLECTOR_NAME = 'Collect-HybridMailflowInventory'
export const COLLECTOR_FILE_NAME = 'Collect-HybridMailflowInventory.ps1'

/** A PowerShell single-quoted string literal. */
function quoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

function kindsLiteral(properties: Readonly<Record<string, PropertyKind>>): string {
  const entries = Object.entries(properties).map(
    ([name, kind]) => `    ${quoted(name)} = ${quoted(kind)}`
  )
  return `[ordered]@{\n${entries.join('\n')}\n  }`
}

function sideBlock(side: InventorySide): string {
  return CMDLET_SPECS.filter((spec) => spec.side === side)
    .map(
      (spec) =>
        `  $kinds = ${kindsLiteral(spec.properties)}\n` +
        `  $section[${quoted(spec.cmdlet)}] = Get-InventoryRows -Kinds $kinds -Collect { ${spec.cmdlet} -ErrorAction Stop }`
    )
    .join('\n')
}

/** Comment-based help and the parameters: what Get-Help shows before anyone runs it. */
const HELP_AND_PARAMETERS = String.raw`<#
.SYNOPSIS
  Reads the hybrid mail-flow configuration for Hybrid Mail-Flow Tracker. Read-only.

.DESCRIPTION
  Run it in a session you have already opened:
    - Exchange Online PowerShell, after Connect-ExchangeOnline (a View-Only Configuration or
      Global Reader role is enough), and
    - the Exchange Management Shell on an Exchange server.
  Each run collects the side it is connected to and writes one UTF-8 JSON file. Import both
  files into the tracker together. The script only reads (Get-* cmdlets and Resolve-DnsName);
  it asks for, stores and writes no credentials. A cmdlet that cannot run is written as
  { "notCollected": "<reason>" } and the rest is still collected.

.PARAMETER Side
  Auto (default) picks Exchange Online when Get-ConnectionInformation shows a connection,
  otherwise the on-premises side. ExchangeOnline or OnPremises force one.

.PARAMETER OutFile
  The JSON file to write. Defaults to hybrid-mailflow-inventory-<side>-<time>.json here.

.PARAMETER SkipDns
  Do not resolve MX, SPF and DMARC of the accepted domains.
#>
[CmdletBinding()]
param(
  [ValidateSet('Auto', 'ExchangeOnline', 'OnPremises')]
  [string] $Side = 'Auto',
  [string] $OutFile = '',
  [switch] $SkipDns
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
`

/** Reading one cmdlet's rows and one DNS name's answers, in the tracker's value kinds. */
const HELPER_FUNCTIONS = String.raw`# One property value as the tracker reads it: enums as names, multi-valued properties as arrays
# of strings, dates as ISO 8601 in UTC.
function ConvertTo-InventoryValue {
  param($Value, [string] $Kind)
  if ($Kind -eq 'strings') {
    if ($null -eq $Value) { return ,@() }
    $texts = @($Value | ForEach-Object { if ($null -ne $_) { $_.ToString() } })
    return ,$texts
  }
  if ($null -eq $Value) { return $null }
  if ($Kind -eq 'boolean') { return [bool] $Value }
  if ($Kind -eq 'number') { return $Value }
  if ($Kind -eq 'date') { return ([datetime] $Value).ToUniversalTime().ToString('o') }
  return $Value.ToString()
}

# Runs one read-only cmdlet and keeps the listed properties, or records why it could not run.
function Get-InventoryRows {
  param([System.Collections.IDictionary] $Kinds, [scriptblock] $Collect)
  try {
    $items = @(& $Collect)
  } catch {
    return [ordered]@{ notCollected = $_.Exception.Message }
  }
  $rows = [System.Collections.Generic.List[object]]::new()
  foreach ($item in $items) {
    $row = [ordered]@{}
    foreach ($name in $Kinds.Keys) {
      $value = $null
      $property = $item.PSObject.Properties[$name]
      if ($null -ne $property) { $value = $property.Value }
      $row[$name] = ConvertTo-InventoryValue -Value $value -Kind $Kinds[$name]
    }
    $rows.Add($row)
  }
  return ,$rows.ToArray()
}

# Resolve-DnsName's answers for one name and type; a name that does not exist has none.
function Get-DnsAnswers {
  param([string] $Name, [string] $Type)
  try {
    $answers = @(Resolve-DnsName -Name $Name -Type $Type -DnsOnly -ErrorAction Stop |
      Where-Object { $_.Section -eq 'Answer' -and $_.QueryType -eq $Type })
  } catch {
    if ($_.FullyQualifiedErrorId -like 'DNS_ERROR_RCODE_NAME_ERROR*') { return ,@() }
    return $null
  }
  if ($Type -eq 'MX') {
    $mx = @($answers | ForEach-Object { [ordered]@{ NameExchange = $_.NameExchange; Preference = $_.Preference } })
    return ,$mx
  }
  $txt = @($answers | ForEach-Object { ,@($_.Strings | ForEach-Object { $_.ToString() }) })
  return ,$txt
}
`

/**
 * Picks the side, collects its cmdlets (@@EXCHANGE_ONLINE@@ and @@ON_PREMISES@@ are replaced by
 * the side blocks generated from ./spec) and the accepted domains' DNS, and writes the JSON file.
 */
const COLLECT_AND_WRITE = String.raw`if ($Side -eq 'Auto') {
  $Side = 'OnPremises'
  if (Get-Command -Name Get-ConnectionInformation -ErrorAction SilentlyContinue) {
    if (@(Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' }).Count -gt 0) { $Side = 'ExchangeOnline' }
  }
}

$document = [ordered]@{
  format = '${INVENTORY_FORMAT}'
  version = ${INVENTORY_VERSION}
  collectedAt = (Get-Date).ToUniversalTime().ToString('o')
  collector = '${COLLECTOR_NAME} ${INVENTORY_VERSION} on PowerShell ' + $PSVersionTable.PSVersion.ToString()
  tenantId = $null
}

$section = [ordered]@{}
if ($Side -eq 'ExchangeOnline') {
  $connection = @(Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' }) | Select-Object -First 1
  if ($null -ne $connection -and $null -ne $connection.PSObject.Properties['TenantID']) {
    $document['tenantId'] = [string] $connection.TenantID
  }
@@EXCHANGE_ONLINE@@
  $document['exchangeOnline'] = $section
} else {
@@ON_PREMISES@@
  $document['onPremises'] = $section
}

$dns = [ordered]@{}
if (-not $SkipDns) {
  $domains = @()
  $accepted = $section['Get-AcceptedDomain']
  if ($accepted -is [array]) {
    $domains = @($accepted | ForEach-Object { $_['DomainName'] } | Where-Object { $_ -and $_ -notlike '*.onmicrosoft.*' })
  }
  foreach ($domain in $domains) {
    $answers = [ordered]@{}
    $mxAnswers = Get-DnsAnswers -Name $domain -Type 'MX'
    if ($null -ne $mxAnswers) { $answers['MX'] = $mxAnswers }
    $txtAnswers = Get-DnsAnswers -Name $domain -Type 'TXT'
    if ($null -ne $txtAnswers) { $answers['TXT'] = $txtAnswers }
    $dns[$domain] = $answers
    $dmarc = Get-DnsAnswers -Name ('_dmarc.' + $domain) -Type 'TXT'
    if ($null -ne $dmarc) { $dns['_dmarc.' + $domain] = [ordered]@{ TXT = $dmarc } }
  }
}
$document['dns'] = $dns

if ($OutFile -eq '') {
  $stamp = (Get-Date).ToString('yyyyMMdd-HHmmss')
  $OutFile = Join-Path -Path (Get-Location).Path -ChildPath ('hybrid-mailflow-inventory-' + $Side + '-' + $stamp + '.json')
}
$json = ConvertTo-Json -InputObject $document -Depth 8
$json | Out-File -FilePath $OutFile -Encoding utf8
Write-Host ('Wrote ' + $OutFile + '. Import it in Hybrid Mail-Flow Tracker (Inventory page).')
`

/** The script's text (CRLF line ends, as Windows tools expect). */
export function collectorScript(): string {
  const lines = [HELP_AND_PARAMETERS, HELPER_FUNCTIONS, COLLECT_AND_WRITE]
    .join('\n')
    .replace('@@EXCHANGE_ONLINE@@', sideBlock('exchangeOnline'))
    .replace('@@ON_PREMISES@@', sideBlock('onPremises'))
    .split('\n')
  return lines.join('\r\n')
}
