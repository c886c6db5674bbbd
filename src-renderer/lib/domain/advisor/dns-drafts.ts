/**
 * The drafts of the DNS actions: the EOP MX host, SPF, the MX record and its TTL. Sources are
 * cited as in ../advisor.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { eopLabel, type Draft } from './draft-parts'
import type { Facts } from './facts'
import { relays, type Transition } from './transition'
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
    when: 'Before lowering the MX TTL, at least 2 days before the cut-over',
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
      (relays(t.from) && !relays(t.to)
        ? `In ${target} the on-premises servers send to the internet directly, so their addresses must be in the record.`
        : 'The record changes only if the on-premises egress addresses change.') +
      (f.spfStatus === 'warning' || f.spfStatus === 'error'
        ? ` The last DNS check of the SPF record reported a${f.spfStatus === 'error' ? 'n error' : ' warning'}.`
        : ''),
    when: 'A few days before the cut-over, before any mail path changes',
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

function lowerTtlDraft(t: Transition): Draft {
  return {
    title: 'Lower the MX record’s TTL',
    why:
      'Resolvers keep the old MX for as long as its TTL. A short TTL (300 seconds) makes the ' +
      `${t.mode === 'rollback' ? 'rollback' : 'cut-over, and a rollback,'} take effect within minutes.`,
    when:
      t.mode === 'rollback'
        ? 'Already done if you roll back before the TTL was restored; otherwise 24–48 hours before the rollback'
        : '24–48 hours before the cut-over (at least one current TTL ahead)',
    change: {
      kind: 'dns',
      text: `<domain>.  300  IN  MX  ${mxRecord(!t.mxToEop)}.   ; only the TTL changes`
    },
    verify: 'Resolve-DnsName -Name <domain> -Type MX -DnsOnly   # the TTL column shows 300 or less',
    risk:
      'Without it some senders keep the old MX for up to the old TTL (often an hour, sometimes ' +
      'a day), and a rollback is just as slow.',
    // Internal note: seed rules 3→2 (lower the MX TTL in advance).
    source: PUBLIC_SOURCES.dnsRecords
  }
}

function mxToEopDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Point the MX record to Exchange Online Protection',
    why: `The cut-over: internet mail for <domain> reaches Microsoft 365 first${t.to === 2 ? ', which hands it to the on-premises servers for filtering' : ' and is filtered there'}.`,
    when: 'The cut-over, in the agreed change window',
    change: {
      kind: 'dns',
      text:
        `<domain>.  300  IN  MX  0  <eopHost>.   ; ${eopLabel(f)}\n` +
        '; then delete the MX records that point to <onPremMx>'
    },
    verify: `${MX_VERIFY}\n# one record, priority 0: <eopHost>`,
    risk:
      'A mistyped host stops inbound mail; an MX left pointing on-premises keeps a path that ' +
      'skips Microsoft 365.',
    // Internal note: reference page, step 3 of scenarios 1 and 2; domain-brief 0 (defect 1) and 1.1.
    source: PUBLIC_SOURCES.multipleLocations
  }
}

function mxToOnPremDraft(): Draft {
  return {
    title: 'Point the MX record to the on-premises server',
    why: 'Internet mail for <domain> reaches the on-premises filtering first again.',
    when: 'The cut-over, in the agreed change window',
    change: {
      kind: 'dns',
      text: '<domain>.  300  IN  MX  10  <onPremMx>.\n; then delete the MX record that points to <eopHost>'
    },
    verify: `${MX_VERIFY}\n# only <onPremMx>`,
    risk:
      'If the on-premises server no longer accepts internet mail (firewall, certificate, ' +
      'anti-spam), inbound mail is deferred.',
    // Internal note: reference page, scenario 4 step 3 (corrected by domain-brief 0, defect 2); seed rules 1→3/2→3.
    source: PUBLIC_SOURCES.multipleLocations
  }
}

function restoreTtlDraft(t: Transition): Draft {
  return {
    title: 'Restore the MX record’s TTL',
    why:
      'A longer TTL again means fewer DNS queries and mail that keeps flowing through short DNS ' +
      'outages. Keep it short while a rollback may still be needed.',
    when:
      t.mode === 'rollback'
        ? 'A few days after the rollback, once mail flow is stable'
        : 'A few days after the cut-over, once a rollback is no longer expected',
    change: {
      kind: 'dns',
      text: `<domain>.  3600  IN  MX  ${mxRecord(t.mxToEop)}.   ; the TTL it had before, often 3600`
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
