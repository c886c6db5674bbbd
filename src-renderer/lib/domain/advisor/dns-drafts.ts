/**
 * The drafts of the DNS actions: the EOP MX host, SPF, the MX record and its TTL. Sources are
 * cited as in ../advisor.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { eopHostToPublish, eopLabel, publishedEopLabel, type Draft } from './draft-parts'
import type { Facts } from './facts'
import type { Transition } from './transition'
import type { TransitionActionId } from './types'

/** The actions that change or confirm DNS records. */
export type DnsActionId = Extract<
  TransitionActionId,
  | 'confirm-eop-mx-host'
  | 'dns-spf'
  | 'lower-mx-ttl'
  | 'dns-mx-eop'
  | 'dns-mx-onprem'
  | 'restore-mx-ttl'
>

const MX_VERIFY =
  'Resolve-DnsName -Name <domain> -Type MX -DnsOnly\n' +
  'nslookup -type=mx <domain> 8.8.8.8   # a public resolver too'

/** The MX record's priority and host, as placeholders, with MX at EOP or on-premises. */
function mxRecord(atEop: boolean): string {
  return atEop ? '0  <eopHost>' : '10  <onPremMx>'
}

function confirmEopHostDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Copy the exact MX host from the admin center',
    why:
      'Microsoft assigns the MX host of each domain. <eopHost> follows the usual pattern, but ' +
      'domains with hyphens and newer domains (hosts ending in mx.microsoft) often get another ' +
      'one, so the host to publish comes from the admin center, not from the domain name.',
    when:
      t.mode === 'rollback'
        ? 'Before the rollback’s MX change: the host the domain had before MX moved on-premises, written down then'
        : 'Before lowering the MX TTL, at least 2 days before the cut-over',
    change: {
      kind: 'manual',
      text:
        'Microsoft 365 admin center → Settings → Domains → <domain> → DNS records: copy the MX ' +
        '“Points to address” into this domain’s DNS records.\n' +
        `Expected: <eopHost> (${eopLabel(f)}).`
    },
    verify: 'nslookup <eopHost>   # the host resolves; note the date you checked',
    risk:
      'A host worked out by hand may not exist: internet mail is then deferred or bounced while ' +
      'mail inside the tenant still works.',
    // Internal note: domain-brief 0 (defect 1) and 1.1; seed rules 3→2.
    source: PUBLIC_SOURCES.dnsRecords
  }
}

function spfDraft(t: Transition, f: Facts): Draft {
  const target = `scenario ${t.to}`
  return {
    title: 'Confirm the SPF record',
    why:
      'Every path out must stay authorised: Microsoft 365 (include:<spfInclude>), ' +
      'the on-premises addresses (<onPremIps>) and any third party. ' +
      (t.fromRelays === true && t.toRelays === false
        ? `In ${target} the on-premises servers send to the internet directly, so their addresses must be in the record.`
        : 'The record changes only if the on-premises egress addresses change.') +
      (f.spfStatus === 'warning' || f.spfStatus === 'error'
        ? ` The last DNS check of the SPF record reported a${f.spfStatus === 'error' ? 'n error' : ' warning'}.`
        : ''),
    when:
      t.mode === 'rollback'
        ? 'Before the rollback’s first change'
        : 'Before any mail path changes, at least one TTL of the TXT record ahead (often an hour; a day leaves room)',
    change: { kind: 'dns', text: '<domain>.  3600  IN  TXT  <spfRecord>' },
    verify:
      'nslookup -type=txt <domain>\n' +
      '# exactly one v=spf1 record, with include:<spfInclude> and the on-premises ' +
      'addresses, within 10 DNS lookups',
    risk: 'Two SPF records, or one that misses a path, make receivers reject or junk the domain’s mail.',
    // Internal note: reference page, step 3; domain-brief 1.3; seed rules 3→2.
    source: PUBLIC_SOURCES.spf
  }
}

/** The TTL as the last check saw it, in words: "3600 seconds (1 hour)". */
function ttlText(ttl: number): string {
  const hours = ttl / 3600
  const unit =
    ttl % 3600 === 0
      ? `${hours} hour${hours === 1 ? '' : 's'}`
      : ttl % 60 === 0
        ? `${ttl / 60} minutes`
        : `${ttl} seconds`
  return `${ttl} seconds${ttl % 60 === 0 ? ` (${unit})` : ''}`
}

/** When to lower the TTL: at least one old TTL before the MX change, read from DNS when known. */
function lowerTtlWhen(t: Transition, f: Facts): string {
  if (t.mode === 'rollback')
    return (
      'At least one current TTL before the rollback’s MX change: if the TTL is still the 300 ' +
      'seconds set for the first move, minutes ahead is enough; once it was restored, the ' +
      'restored TTL ahead (an hour ahead for 3600)'
    )
  return f.mxTtl === null
    ? 'At least one current TTL before the MX change; read it with the command below (often ' +
        '3600 seconds, sometimes 86400): lowering it the day before covers both'
    : `At least ${ttlText(f.mxTtl)}, the TTL the last DNS check saw, before the MX change; ` +
        'lowering it earlier does no harm'
}

function lowerTtlDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Lower the MX record’s TTL',
    why:
      'Resolvers keep the old MX for as long as its TTL. A short TTL (300 seconds) makes the ' +
      `${t.mode === 'rollback' ? 'rollback' : 'cut-over, and a rollback,'} take effect within minutes.`,
    when: lowerTtlWhen(t, f),
    change: {
      kind: 'dns',
      text: `<domain>.  300  IN  MX  ${mxRecord(!t.mxToEop)}.   ; only the TTL changes`
    },
    verify:
      'Resolve-DnsName -Name <domain> -Type MX -DnsOnly   # the TTL column shows 300 or less, ' +
      'on every authoritative name server',
    risk:
      'Without it some senders keep the old MX for up to the old TTL (often an hour, sometimes ' +
      'a day), and a rollback is just as slow.',
    // Internal note: seed rules 3→2 (lower the MX TTL in advance).
    source: PUBLIC_SOURCES.dnsRecords
  }
}

/** The MX records the last check saw other than `keep`, as "priority host" lines. */
function otherMxRecords(f: Facts, keep: string): string[] {
  return f.mxRecords
    .filter((record) => record.host !== keep)
    .map((record) => `${record.priority === null ? '' : `${record.priority} `}${record.host}`)
}

/** What to delete at the MX change: every other record seen, or the kinds to look for. */
function deleteOthers(f: Facts, keep: string, old: string): string {
  const others = otherMxRecords(f, keep)
  return others.length > 0
    ? `; then delete every other MX record the last DNS check saw: ${others.join(', ')}`
    : `; then delete the MX records that point to ${old}, and any secondary (backup) MX`
}

/** When the MX record itself changes: in the change window of the cut-over or the rollback. */
function mxChangeWindow(t: Transition): string {
  return `The ${t.mode === 'rollback' ? 'rollback' : 'cut-over'}, in the agreed change window`
}

function mxToEopDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Point the MX record to Exchange Online Protection',
    why: `The cut-over: internet mail for <domain> reaches Microsoft 365 first${t.to === 2 ? ', which hands it to the on-premises servers for filtering' : ' and is filtered there'}.`,
    when: mxChangeWindow(t),
    change: {
      kind: 'dns',
      text:
        `<domain>.  300  IN  MX  0  ${eopHostToPublish(f)}.   ; ${publishedEopLabel(f)}\n` +
        deleteOthers(f, f.values.eopHost ?? '', '<onPremMx>')
    },
    verify: `${MX_VERIFY}\n# one record, priority 0: ${eopHostToPublish(f)}`,
    risk:
      'A mistyped host stops inbound mail; an MX left pointing on-premises keeps a path that ' +
      'skips Microsoft 365.',
    // Internal note: reference page, step 3 of scenarios 1 and 2; domain-brief 0 (defect 1) and 1.1.
    source: PUBLIC_SOURCES.multipleLocations
  }
}

function mxToOnPremDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Point the MX record to the on-premises server',
    why: 'Internet mail for <domain> reaches the on-premises filtering first again.',
    when: mxChangeWindow(t),
    change: {
      kind: 'dns',
      text: `<domain>.  300  IN  MX  10  <onPremMx>.\n${deleteOthers(f, f.values.onPremMx ?? '', '<eopHost>')}`
    },
    verify: `${MX_VERIFY}\n# only <onPremMx>`,
    risk:
      'If the on-premises server no longer accepts internet mail (firewall, certificate, ' +
      'anti-spam), inbound mail is deferred.',
    // Internal note: reference page, scenario 4 step 3 (corrected by domain-brief 0, defect 2); seed rules 1→3/2→3.
    source: PUBLIC_SOURCES.multipleLocations
  }
}

function restoreTtlDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Restore the MX record’s TTL',
    why:
      'A longer TTL again means fewer DNS queries and mail that keeps flowing through short DNS ' +
      'outages. Keep it short while a rollback may still be needed.',
    when:
      t.mode === 'rollback'
        ? 'Once mail flow after the rollback is verified (the verification action) and no new move is planned for the next days'
        : 'Once the cut-over is verified and you decide not to roll back: not before the next day’s verification',
    change: {
      kind: 'dns',
      text:
        f.mxTtl === null
          ? `<domain>.  3600  IN  MX  ${mxRecord(t.mxToEop)}.   ; the TTL it had before, often 3600`
          : `<domain>.  ${f.mxTtl}  IN  MX  ${mxRecord(t.mxToEop)}.   ; the TTL the last DNS check saw before the change`
    },
    verify:
      'Resolve-DnsName -Name <domain> -Type MX -DnsOnly   # the TTL column shows the restored value',
    risk: 'Restored too early, a rollback takes as long as the TTL.',
    // Internal note: seed rules 3→2 (the TTL lowered in advance).
    source: PUBLIC_SOURCES.dnsRecords
  }
}

const DRAFTS: Readonly<Record<DnsActionId, (t: Transition, f: Facts) => Draft>> = {
  'confirm-eop-mx-host': confirmEopHostDraft,
  'dns-spf': spfDraft,
  'lower-mx-ttl': lowerTtlDraft,
  'dns-mx-eop': mxToEopDraft,
  'dns-mx-onprem': mxToOnPremDraft,
  'restore-mx-ttl': restoreTtlDraft
}

/** The draft of one of the actions that change or confirm DNS records. */
export function dnsDraftFor(id: DnsActionId, t: Transition, f: Facts): Draft {
  return DRAFTS[id](t, f)
}
