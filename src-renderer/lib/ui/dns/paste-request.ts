/** What the paste dialog asks for: the record name and type to look up, pre-filled per record. */
export type PasteType = 'mx' | 'txt' | 'cname' | 'address'

export type PasteRequest = {
  name: string
  type: PasteType
  /** Changes with every request, so the form starts afresh even for the same record. */
  serial: number
}

export const PASTE_TYPE_LABELS: Readonly<Record<PasteType, string>> = {
  mx: 'MX',
  txt: 'TXT',
  cname: 'CNAME',
  address: 'A or AAAA'
}

/** The paste type of a record type a check asked for (A, AAAA and PTR all read as addresses). */
export function pasteTypeOf(type: string): PasteType {
  const lower = type.toLowerCase()
  return lower === 'mx' || lower === 'txt' || lower === 'cname' ? lower : 'address'
}
