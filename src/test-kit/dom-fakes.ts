import { act } from '@testing-library/react'

import { afterThisTest } from './cleanup'

// The browser features jsdom lacks (or cannot steer), faked in one place. Each `fake…` call
// installs its fake for the current test only; the afterEach in setup.ts puts the original back.
// (Clipboard: user-event's setup() already installs a readable one. BroadcastChannel: Node's own.)

/** An IntersectionObserver whose "on screen" the test decides. */
class FakeIntersectionObserver {
  static instances = new Set<FakeIntersectionObserver>()
  readonly elements = new Set<Element>()
  readonly root = null
  readonly rootMargin = ''
  readonly thresholds = [0]
  private readonly callback: IntersectionObserverCallback
  constructor(callback: IntersectionObserverCallback) {
    this.callback = callback
    FakeIntersectionObserver.instances.add(this)
  }
  observe(element: Element) {
    this.elements.add(element)
  }
  unobserve(element: Element) {
    this.elements.delete(element)
  }
  disconnect() {
    this.elements.clear()
    FakeIntersectionObserver.instances.delete(this)
  }
  takeRecords() {
    return []
  }
  notify(element: Element, isIntersecting: boolean) {
    if (!this.elements.has(element)) return
    const entry = { target: element, isIntersecting } as IntersectionObserverEntry
    this.callback([entry], this as unknown as IntersectionObserver)
  }
}

/**
 * Installs the fake IntersectionObserver (nothing counts as on screen until the test says so).
 * @example const screenArea = fakeIntersectionObserver(); screenArea.show([row])
 */
export function fakeIntersectionObserver() {
  const original = globalThis.IntersectionObserver
  FakeIntersectionObserver.instances.clear()
  globalThis.IntersectionObserver =
    FakeIntersectionObserver as unknown as typeof IntersectionObserver
  afterThisTest(() => {
    FakeIntersectionObserver.instances.clear()
    if (original) globalThis.IntersectionObserver = original
    else Reflect.deleteProperty(globalThis, 'IntersectionObserver')
  })
  return {
    /** Puts elements on (or off) screen, as scrolling would. */
    show(elements: Element[], visible = true) {
      act(() => {
        for (const element of elements) {
          for (const observer of FakeIntersectionObserver.instances) {
            observer.notify(element, visible)
          }
        }
      })
    },
  }
}

/** Hides or shows the tab (document.visibilityState + visibilitychange); visible again after the test. */
export function setTabHidden(hidden: boolean) {
  const apply = (value: boolean) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (value ? 'hidden' : 'visible'),
    })
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'))
    })
  }
  apply(hidden)
  if (hidden) afterThisTest(() => Reflect.deleteProperty(document, 'visibilityState'))
}
