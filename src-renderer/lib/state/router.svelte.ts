import { parseRoute, routeHash, type Route } from './routes'

class Router {
  #hash = $state(location.hash)
  route: Route = $derived(parseRoute(this.#hash))

  constructor() {
    window.addEventListener('hashchange', () => {
      this.#hash = location.hash
    })
  }

  go(route: Route): void {
    const hash = routeHash(route)
    if (location.hash !== hash) location.hash = hash
    this.#hash = hash
  }

  href(route: Route): string {
    return routeHash(route)
  }
}

export const router = new Router()
