import { useCallback, useEffect, useState } from 'react'

/**
 * Whole seconds left until a deadline, re-rendering each second (a lockout's "Try again in 31
 * seconds" that actually counts). `start(seconds)` sets the deadline from now; 0 when none.
 */
export function useCountdown() {
  const [until, setUntil] = useState<number | null>(null)
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    if (until === null) return
    const id = setInterval(() => {
      const t = Date.now()
      setNow(t)
      if (t >= until) setUntil(null)
    }, 1000)
    return () => clearInterval(id)
  }, [until])

  const start = useCallback((seconds: number) => {
    const t = Date.now()
    setNow(t)
    setUntil(seconds > 0 ? t + seconds * 1000 : null)
  }, [])

  const secondsLeft = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000))
  return { secondsLeft, start }
}
