// A tiny toast store (no dependency). Toasts are plain sentences: never put a secret, token,
// password or copied value in one.

export type ToastTone = 'info' | 'success' | 'error'
export interface ToastItem {
  id: number
  message: string
  tone: ToastTone
}

type Listener = (toasts: readonly ToastItem[]) => void

let toasts: readonly ToastItem[] = []
let nextId = 1
const listeners = new Set<Listener>()
const DURATION_MS = 6000
const MAX = 3

function emit() {
  for (const listener of listeners) listener(toasts)
}

export function dismissToast(id: number) {
  toasts = toasts.filter((t) => t.id !== id)
  emit()
}

export function toast(message: string, tone: ToastTone = 'info'): number {
  const id = nextId++
  // Same text already showing: don't stack duplicates (e.g. several failed refetches).
  if (toasts.some((t) => t.message === message)) return id
  toasts = [...toasts, { id, message, tone }].slice(-MAX)
  emit()
  setTimeout(() => dismissToast(id), DURATION_MS)
  return id
}

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function getToasts(): readonly ToastItem[] {
  return toasts
}

export function clearToasts() {
  toasts = []
  emit()
}
