// Everything a test kit helper sets up (listeners, subscriptions, fakes) is undone after each
// test — passed or failed — by the afterEach in setup.ts, never by a line at the end of a test.

const cleanups: (() => void)[] = []

/** Runs `undo` after the current test, whatever its outcome. */
export function afterThisTest(undo: () => void) {
  cleanups.push(undo)
}

/** Called by setup.ts after each test: undoes in reverse order. */
export function runCleanups() {
  while (cleanups.length > 0) cleanups.pop()?.()
}
