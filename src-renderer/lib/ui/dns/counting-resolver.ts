/** A resolver that reports how many queries have answered, for a check's progress line. */
import type { DnsCheckResolver } from '../../domain/dns/observed'

/** Wraps `resolver` so `onanswer` runs with the running count after every query settles. */
export function countingResolver(
  resolver: DnsCheckResolver,
  onanswer: (answered: number) => void
): DnsCheckResolver {
  let answered = 0
  function counted<T>(query: () => Promise<T>): Promise<T> {
    return query().finally(() => onanswer(++answered))
  }
  return {
    a: (name) => counted(() => resolver.a(name)),
    aaaa: (name) => counted(() => resolver.aaaa(name)),
    mx: (name) => counted(() => resolver.mx(name)),
    txt: (name) => counted(() => resolver.txt(name)),
    ptr: (name) => counted(() => resolver.ptr(name)),
    cname: (name) => counted(() => resolver.cname(name))
  }
}
