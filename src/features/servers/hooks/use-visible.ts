import { useCallback, useEffect, useState } from 'react'

/**
 * Is the element on screen? (IntersectionObserver; a small margin so a row that is about to
 * scroll in counts.) Without IntersectionObserver support everything counts as visible.
 *
 * @example const [ref, visible] = useVisible<HTMLElement>()
 */
export function useVisible<T extends Element>(
  rootMargin = '64px 0px',
): [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null)
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')

  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1]
        if (last) setVisible(last.isIntersecting)
      },
      { rootMargin },
    )
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [element, rootMargin])

  const ref = useCallback((node: T | null) => setElement(node), [])
  return [ref, element !== null && visible]
}
