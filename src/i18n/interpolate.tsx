import { Fragment } from 'react'
import type { ReactNode } from 'react'

/**
 * Fills `{name}` slots of a catalogue string with React nodes — for sentences where a value is
 * styled (a bold key name, a link) but word order belongs to the language. Values are rendered
 * as nodes, never parsed as markup; an unknown slot is left as written so a typo shows.
 */
export function interpolate(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/(\{[A-Za-z][\w]*\})/)
  return parts.map((part, index) => {
    const name = /^\{([A-Za-z][\w]*)\}$/.exec(part)?.[1]
    const node = name !== undefined && Object.hasOwn(values, name) ? values[name] : part
    return <Fragment key={index}>{node}</Fragment>
  })
}
