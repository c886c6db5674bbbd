/**
 * DNS answers pasted by the user, for the browser where the app cannot query DNS: what
 * `nslookup -type=mx|txt|cname` (Windows and BIND), `dig` (full and +short) and PowerShell's
 * `Resolve-DnsName` (table or list) print. The parsed answers become a resolver, so the verdicts
 * are the same as for a live check; a name that was not pasted is reported as needed. The
 * implementation lives in the pasted/ modules, one for each tool's output.
 */
export type { PastedDns, PastedFormat, PastedKind, PastedParse, PastedRecord } from './pasted/types'
export type { PasteOptions } from './pasted/parse'
export { MAX_PASTE_LENGTH, parsePastedDns } from './pasted/parse'
export { readQuotedStrings } from './pasted/quoted-strings'
export { pastedResolver } from './pasted/resolver'
export type { KeptPaste, ManyPasted, PasteChunk } from './pasted/split'
export {
  isKeptPaste,
  mergePastes,
  parseKeptPastes,
  parseManyPasted,
  pasteKey,
  pastedSpf,
  splitPastedCommands
} from './pasted/split'
