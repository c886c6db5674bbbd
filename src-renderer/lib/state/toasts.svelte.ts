export type ToastKind = 'success' | 'error' | 'info'
export type Toast = { id: number; kind: ToastKind; message: string }

const SUCCESS_MS = 3500

class Toasts {
  items: Toast[] = $state([])
  #next = 1

  show(kind: ToastKind, message: string): void {
    const toast = { id: this.#next++, kind, message }
    this.items = [...this.items, toast]
    // Errors stay until dismissed: the user must be able to read what failed.
    if (kind !== 'error') setTimeout(() => this.dismiss(toast.id), SUCCESS_MS)
  }

  dismiss(id: number): void {
    this.items = this.items.filter((toast) => toast.id !== id)
  }
}

export const toasts = new Toasts()
