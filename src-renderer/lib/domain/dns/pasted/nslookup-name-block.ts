/**
 * nslookup's Name/Address(es)/Aliases blocks: a name, its addresses (further ones on indented
 * lines), and the aliases that lead to it, read as CNAME records when the block closes.
 */
import { isIpAddress } from '../../net/ip'
import type { Collected } from './collect'
import { addAddress, host, isHost } from './collect'

export class NameBlock {
  private name: string | null = null
  private pendingAddresses = false
  private pendingAliases: string[] | null = null

  constructor(private readonly out: Collected) {}

  /** Records the aliases read so far as the CNAME chain ending at the block's name. */
  close(): void {
    if (this.pendingAliases && this.name !== null) {
      const chain = [...this.pendingAliases, this.name]
      for (let k = 0; k + 1 < chain.length; k++) {
        this.out.records.push({
          name: host(chain[k] ?? ''),
          type: 'cname',
          value: host(chain[k + 1] ?? '')
        })
      }
    }
    this.pendingAliases = null
  }

  /** A blank line ends the aliases and the addresses. */
  blankLine(): void {
    this.close()
    this.pendingAddresses = false
  }

  /** Reads `line` when it belongs to a block; false otherwise. */
  readLine(line: string): boolean {
    const text = line.trim()
    const name = /^Name:\s+(\S+)$/i.exec(text)
    if (name) {
      this.close()
      this.name = name[1] ?? ''
      return true
    }
    const addresses = /^Address(?:es)?:\s+(\S+)$/i.exec(text)
    if (addresses && this.name !== null) {
      addAddress(this.out, this.name, addresses[1] ?? '')
      this.pendingAddresses = true
      return true
    }
    if (this.pendingAddresses && /^\s/.test(line) && isIpAddress(text)) {
      addAddress(this.out, this.name ?? '', text)
      return true
    }
    const aliases = /^Aliases:\s+(\S+)$/i.exec(text)
    if (aliases && this.name !== null) {
      this.pendingAddresses = false
      this.pendingAliases = [aliases[1] ?? '']
      return true
    }
    if (this.pendingAliases && /^\s/.test(line) && isHost(text)) {
      this.pendingAliases.push(text)
      return true
    }
    return false
  }
}
