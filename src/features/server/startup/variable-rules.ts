// Which control fits an egg variable, read from its Laravel rule string (contract §2.8). Upstream
// renders a switch only for four exact spellings and a text box for everything numeric; here the
// rules also give a number input its bounds and a text box its length, so the user sees the limits
// before the panel refuses a value. The panel still validates every save: this only shapes the input.

export type VariableControl =
  /** `on`/`off` are the values the rules accept (`1`/`0` for `boolean`, else the `in:` pair). */
  | { kind: 'switch'; on: string; off: string }
  | { kind: 'select'; options: string[] }
  | { kind: 'number'; min?: number; max?: number; integer: boolean }
  | { kind: 'text'; minLength?: number; maxLength?: number }

export interface VariableRules {
  control: VariableControl
  required: boolean
  nullable: boolean
}

interface Rule {
  name: string
  args: string[]
}

function parse(rules: string): Rule[] {
  return rules
    .split('|')
    .filter((r) => r.trim() !== '')
    .map((text) => {
      const colon = text.indexOf(':')
      const name = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase()
      const arg = colon < 0 ? '' : text.slice(colon + 1)
      // Laravel never splits a regex's parameter on commas.
      return { name, args: name === 'regex' || name === 'not_regex' ? [arg] : arg.split(',') }
    })
}

const finite = (text: string | undefined): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

const BOOLEAN_PAIRS: Array<[string, string]> = [
  ['true', 'false'],
  ['1', '0'],
]

export function readVariableRules(rules: string): VariableRules {
  const list = parse(rules)
  const has = (name: string) => list.some((r) => r.name === name)
  const arg = (name: string, index = 0) => finite(list.find((r) => r.name === name)?.args[index])
  const required = has('required')
  const nullable = has('nullable')
  const result = (control: VariableControl): VariableRules => ({ control, required, nullable })

  const inRule = list.find((r) => r.name === 'in')
  if (inRule) {
    const values = inRule.args
    for (const [on, off] of BOOLEAN_PAIRS) {
      if (values.length === 2 && values.includes(on) && values.includes(off)) {
        return result({ kind: 'switch', on, off })
      }
    }
    return result({ kind: 'select', options: values })
  }
  if (has('boolean')) return result({ kind: 'switch', on: '1', off: '0' })

  // Laravel sizes numbers by value only when `numeric` or `integer` is among the rules.
  const integer = has('integer')
  const between = [arg('between', 0), arg('between', 1)] as const
  const min = arg('min') ?? between[0]
  const max = arg('max') ?? between[1]
  if (integer || has('numeric')) {
    return result({
      kind: 'number',
      integer,
      ...(min !== undefined && { min }),
      ...(max !== undefined && { max }),
    })
  }
  const size = arg('size')
  const minLength = min ?? size
  const maxLength = max ?? size
  return result({
    kind: 'text',
    ...(minLength !== undefined && { minLength }),
    ...(maxLength !== undefined && { maxLength }),
  })
}

/** Whether a switch variable's stored value reads as "on". */
export const isSwitchOn = (value: string, on: string): boolean =>
  value === on || (on === '1' && value.toLowerCase() === 'true')
