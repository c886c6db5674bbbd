/**
 * The shapes a parsed paste of nslookup, dig or Resolve-DnsName output takes: its records, and
 * the answers of the kind the user was asked to look up.
 */
import type { MxRecord } from '../resolver'

/** The record types a paste is asked for. */
export type PastedKind = 'mx' | 'txt' | 'cname'

/** The tool output a paste was read as. */
export type PastedFormat = 'nslookup' | 'dig' | 'dig-short' | 'resolve-dnsname'

/** One record read from the paste. */
export type PastedRecord =
  | { name: string; type: 'mx'; mx: MxRecord }
  | { name: string; type: 'txt'; strings: string[] }
  | { name: string; type: 'cname' | 'a' | 'aaaa'; value: string }

/** What every readable paste holds, whatever its kind. */
export type PastedBase = {
  ok: true
  format: PastedFormat
  /** The name the output answers for (lower case, no trailing dot). */
  name: string
  /** The name does not exist. */
  nxdomain: boolean
  /** Every record read, CNAMEs and addresses included. */
  records: PastedRecord[]
  /** Names the output shows to exist without records of `kind`. */
  emptyNames: string[]
}

/** A readable paste: the answers of its kind (null when the output does not show the type). */
export type PastedDns = PastedBase &
  (
    | { kind: 'mx'; answers: MxRecord[] }
    | { kind: 'txt'; answers: string[][] }
    | { kind: 'cname'; answers: string[] }
    | { kind: null; answers: [] }
  )

/** A readable paste, or a sentence saying why it cannot be read. */
export type PastedParse = PastedDns | { ok: false; message: string }
