/**
 * Pasted DNS output kept per domain with when it was pasted, on this computer, so a later check
 * (after another page or a restart) still counts what was pasted and asks only for what is
 * missing. A later output for the same record replaces the earlier one.
 */
import { mergePastes, parseKeptPastes, type KeptPaste } from '../domain/dns/pasted'

const KEY = 'tracker.dnsPastes'

function load(): Record<string, KeptPaste[]> {
  try {
    return parseKeptPastes(localStorage.getItem(KEY))
  } catch {
    return {}
  }
}

class DnsPastes {
  #byDomain: Record<string, KeptPaste[]> = $state(load())

  of(domainId: string): KeptPaste[] {
    return this.#byDomain[domainId] ?? []
  }

  add(domainId: string, added: KeptPaste[]): void {
    this.#byDomain[domainId] = mergePastes(this.of(domainId), added)
    this.#store()
  }

  remove(domainId: string, index: number): void {
    this.#byDomain[domainId] = this.of(domainId).filter((_, i) => i !== index)
    this.#store()
  }

  #store(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify($state.snapshot(this.#byDomain)))
    } catch {
      // Storage can be unavailable or full: the pastes then last for this session.
    }
  }
}

export const dnsPastes = new DnsPastes()
