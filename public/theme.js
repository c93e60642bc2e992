// Runs before first paint (a same-origin file, so CSP can stay `script-src 'self'`): applies the
// remembered theme, or the system one, so the page never flashes the wrong colours.
;(function () {
  try {
    var stored = localStorage.getItem('talon:theme')
    var dark =
      stored === 'dark' ||
      ((stored === null || stored === 'system') &&
        window.matchMedia('(prefers-color-scheme: dark)').matches)
    document.documentElement.classList.toggle('dark', dark)
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light'
  } catch {
    /* storage blocked: fall back to light */
  }
})()
