import { PanelError } from './panel-errors'

// A small re-implementation of the Laravel validator semantics the panel relies on:
// - rules run in order; a failed implicit rule (`required`) stops the field;
// - non-implicit rules skip absent fields, blank strings and (with `nullable`) nulls;
// - messages come from the panel's resources/lang/en/validation.php (old Laravel wording,
//   e.g. "may not be greater than"), with `_` in the attribute name shown as a space;
// - the error handler pairs the N-th message of a field with its N-th *failed rule*, so
//   messages added by after-hooks get `rule: ""` (or a misaligned rule) exactly as in the panel.

export interface CustomRule {
  name: string
  implicit?: boolean
  passes(value: unknown, data: Record<string, unknown>): boolean
  message(attribute: string): string
}

export type RuleSpec = string | CustomRule

type SizeType = 'numeric' | 'array' | 'string'

const SIZE_MESSAGES: Record<string, Record<SizeType, string>> = {
  min: {
    numeric: 'The :attribute must be at least :min.',
    string: 'The :attribute must be at least :min characters.',
    array: 'The :attribute must have at least :min items.',
  },
  max: {
    numeric: 'The :attribute may not be greater than :max.',
    string: 'The :attribute may not be greater than :max characters.',
    array: 'The :attribute may not have more than :max items.',
  },
  size: {
    numeric: 'The :attribute must be :size.',
    string: 'The :attribute must be :size characters.',
    array: 'The :attribute must contain :size items.',
  },
  between: {
    numeric: 'The :attribute must be between :min and :max.',
    string: 'The :attribute must be between :min and :max characters.',
    array: 'The :attribute must have between :min and :max items.',
  },
}

const SIMPLE_MESSAGES: Record<string, string> = {
  required: 'The :attribute field is required.',
  string: 'The :attribute must be a string.',
  email: 'The :attribute must be a valid email address.',
  array: 'The :attribute must be an array.',
  numeric: 'The :attribute must be a number.',
  integer: 'The :attribute must be an integer.',
  confirmed: 'The :attribute confirmation does not match.',
  in: 'The selected :attribute is invalid.',
}

/** Laravel's displayable attribute: snake case with underscores as spaces (`allowed ips.0`). */
export const displayAttribute = (field: string): string => field.replace(/_/g, ' ')

export function getPath(data: Record<string, unknown>, path: string): unknown {
  let current: unknown = data
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

function hasPath(data: Record<string, unknown>, path: string): boolean {
  let current: unknown = data
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(part in current)) return false
    current = (current as Record<string, unknown>)[part]
  }
  return true
}

export const isPhpNumeric = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value))

/** Laravel's `required`: null, blank string and empty array fail. */
export const isFilled = (value: unknown): boolean => {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return true
}

// Roughly egulias' RFC validation as used by Laravel's default `email` rule: no whitespace,
// exactly one unquoted `@`, no empty labels.
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+$/
const isEmail = (value: string): boolean =>
  EMAIL.test(value) && !/(^\.|\.\.|\.@|@\.|\.$)/.test(value)

interface ParsedRule {
  name: string
  args: string[]
  custom?: CustomRule
}

function parseRule(spec: RuleSpec): ParsedRule {
  if (typeof spec !== 'string') return { name: spec.name, args: [], custom: spec }
  const [name = '', argText] = spec.split(/:(.*)/s)
  return { name, args: argText === undefined ? [] : argText.split(',') }
}

const IMPLICIT = new Set(['required'])

export class Validator {
  private readonly messages = new Map<string, string[]>()
  private readonly failed = new Map<string, string[]>()
  private readonly data: Record<string, unknown>
  private readonly rules: Record<string, RuleSpec[]>

  constructor(data: Record<string, unknown>, rules: Record<string, RuleSpec[]>) {
    this.data = data
    this.rules = rules
  }

  /** Runs the rules; after-hooks then call addError(). */
  run(): this {
    for (const [pattern, specs] of Object.entries(this.rules)) {
      for (const field of this.expand(pattern)) this.validateField(field, specs.map(parseRule))
    }
    return this
  }

  addError(field: string, message: string): void {
    const list = this.messages.get(field) ?? []
    list.push(message)
    this.messages.set(field, list)
  }

  hasErrors(field?: string): boolean {
    return field === undefined
      ? this.messages.size > 0
      : (this.messages.get(field)?.length ?? 0) > 0
  }

  /** Throws the 422 the panel's handler renders, if anything failed. */
  throwIfFailed(): void {
    if (this.messages.size === 0) return
    const entries = []
    for (const [field, list] of this.messages) {
      const rules = this.failed.get(field) ?? []
      for (const [index, detail] of list.entries()) {
        entries.push({
          code: 'ValidationException',
          status: '422',
          detail,
          meta: { source_field: field, rule: rules[index] ?? '' },
        })
      }
    }
    throw new PanelError(422, entries)
  }

  private expand(pattern: string): string[] {
    if (!pattern.includes('.*')) return [pattern]
    const [base = '', rest = ''] = pattern.split('.*')
    const value = getPath(this.data, base)
    if (!Array.isArray(value) && (value === null || typeof value !== 'object')) return []
    return Object.keys(value).map((key) => `${base}.${key}${rest}`)
  }

  private validateField(field: string, rules: ParsedRule[]): void {
    const value = getPath(this.data, field)
    const present = hasPath(this.data, field)
    const nullable = rules.some((r) => r.name === 'nullable')
    const names = new Set(rules.map((r) => r.name))
    for (const rule of rules) {
      if (rule.name === 'nullable') continue
      const implicit = rule.custom?.implicit ?? IMPLICIT.has(rule.name)
      if (!implicit) {
        if (typeof value === 'string' && value.trim() === '') continue
        if (!present) continue
        if (nullable && value === null) continue
      }
      const message = this.check(field, value, rule, names)
      if (message === null) continue
      this.addError(field, message.replace(/:attribute/g, displayAttribute(field)))
      const failed = this.failed.get(field) ?? []
      failed.push(snake(rule.name))
      this.failed.set(field, failed)
      if (implicit) return
    }
  }

  private check(
    field: string,
    value: unknown,
    rule: ParsedRule,
    names: Set<string>,
  ): string | null {
    if (rule.custom) return rule.custom.passes(value, this.data) ? null : rule.custom.message(field)
    const simple = SIMPLE_MESSAGES[rule.name] ?? ''
    const sizeType: SizeType =
      names.has('numeric') || names.has('integer')
        ? 'numeric'
        : names.has('array')
          ? 'array'
          : 'string'
    const size = (): number => {
      if (sizeType === 'numeric' && isPhpNumeric(value)) return Number(value)
      if (Array.isArray(value)) return value.length
      if (value !== null && typeof value === 'object') return Object.keys(value).length
      return [...phpString(value)].length
    }
    const sized = (key: string, ok: boolean, args: Record<string, string>): string | null => {
      if (ok) return null
      let text = SIZE_MESSAGES[key]?.[sizeType] ?? ''
      for (const [k, v] of Object.entries(args)) text = text.replace(`:${k}`, v)
      return text
    }
    const [a = '0', b = '0'] = rule.args
    switch (rule.name) {
      case 'required':
        return isFilled(value) ? null : simple
      case 'string':
        return typeof value === 'string' ? null : simple
      case 'array':
        return Array.isArray(value) || (value !== null && typeof value === 'object') ? null : simple
      case 'numeric':
        return isPhpNumeric(value) ? null : simple
      case 'integer':
        return (typeof value === 'number' && Number.isInteger(value)) ||
          (typeof value === 'string' && /^[+-]?\d+$/.test(value))
          ? null
          : simple
      case 'email':
        return typeof value === 'string' && isEmail(value) ? null : simple
      case 'confirmed':
        return getPath(this.data, `${field}_confirmation`) === value ? null : simple
      case 'in':
        return typeof value === 'string' || typeof value === 'number'
          ? rule.args.includes(String(value))
            ? null
            : simple
          : simple
      case 'min':
        return sized('min', size() >= Number(a), { min: a })
      case 'max':
        return sized('max', size() <= Number(a), { max: a })
      case 'size':
        return sized('size', size() === Number(a), { size: a })
      case 'between':
        return sized('between', size() >= Number(a) && size() <= Number(b), { min: a, max: b })
      default:
        throw new Error(`Unknown validation rule ${rule.name}`)
    }
  }
}

function phpString(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? '1' : ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

const snake = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()

/** `unique:users,email` as a closure over the in-memory store. */
export const uniqueRule = (taken: (value: unknown) => boolean): CustomRule => ({
  name: 'unique',
  passes: (value) => !taken(value),
  message: (field) => `The ${displayAttribute(field)} has already been taken.`,
})

/** `Rule::requiredIf(fn)`: stringifies to `required` when the condition holds. */
export const requiredIf = (condition: (data: Record<string, unknown>) => boolean): CustomRule => ({
  name: 'required',
  implicit: true,
  passes: (value, data) => !condition(data) || isFilled(value),
  message: (field) => `The ${displayAttribute(field)} field is required.`,
})

export function validate(
  data: Record<string, unknown>,
  rules: Record<string, RuleSpec[]>,
): Validator {
  return new Validator(data, rules).run()
}
