import { displayAttribute, type CustomRule, type RuleSpec } from '../validation'

// An egg variable's rule string (`required|integer|between:1,100`) as the validator runs it. The
// shared validator (validation.ts) knows the rules the panel's own requests use; the extra ones
// eggs use are added here as custom rules with the panel's messages (resources/lang/en/validation.php).
// A rule neither knows is a 500, as Laravel's "Method validateFoo does not exist" is.

/** Laravel's string form: rules split on `|` (no escaping), empty pieces dropped. */
export const splitRules = (rules: string): string[] => rules.split('|').filter((r) => r !== '')

const NATIVE = new Set([
  'required',
  'string',
  'numeric',
  'integer',
  'in',
  'min',
  'max',
  'size',
  'between',
  'nullable',
  'array',
  'email',
])

const asText = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null

const rule = (name: string, passes: (value: unknown) => boolean, message: string): CustomRule => ({
  name,
  passes,
  message: (field) => message.replace(/:attribute/g, displayAttribute(field)),
})

/** A PHP regex literal (`/…/flags`) as a JavaScript RegExp; null when PHP would reject it too. */
export function phpRegex(literal: string): RegExp | null {
  const match = /^([/#~!])(.*)\1([imsxuU]*)$/s.exec(literal)
  if (!match) return null
  const [, , body = '', flags = ''] = match
  try {
    return new RegExp(body, [...new Set(flags.replace(/[xU]/g, ''))].join('') + 'u')
  } catch {
    return null
  }
}

function custom(name: string, arg: string): CustomRule | null {
  const args = arg.split(',')
  switch (name) {
    case 'boolean':
      return rule(
        name,
        (v) => [true, false, 0, 1, '0', '1'].includes(v as never),
        'The :attribute field must be true or false.',
      )
    case 'alpha':
      return rule(
        name,
        (v) => /^[\p{L}\p{M}]+$/u.test(asText(v) ?? ''),
        'The :attribute may only contain letters.',
      )
    case 'alpha_num':
      return rule(
        name,
        (v) => /^[\p{L}\p{M}\p{N}]+$/u.test(asText(v) ?? ''),
        'The :attribute may only contain letters and numbers.',
      )
    case 'alpha_dash':
      return rule(
        name,
        (v) => /^[\p{L}\p{M}\p{N}_-]+$/u.test(asText(v) ?? ''),
        'The :attribute may only contain letters, numbers, and dashes.',
      )
    case 'regex':
    case 'not_regex': {
      // Laravel does not split a regex's parameter on commas.
      const pattern = phpRegex(arg)
      if (!pattern) throw new Error(`preg_match(): invalid pattern ${arg}`)
      const want = name === 'regex'
      return rule(
        name,
        (v) => asText(v) !== null && pattern.test(asText(v) ?? '') === want,
        'The :attribute format is invalid.',
      )
    }
    case 'not_in':
      return rule(
        name,
        (v) => !args.includes(asText(v) ?? ''),
        'The selected :attribute is invalid.',
      )
    case 'digits':
      return rule(
        name,
        (v) => /^\d+$/.test(asText(v) ?? '') && (asText(v) ?? '').length === Number(args[0]),
        `The :attribute must be ${args[0] ?? ''} digits.`,
      )
    case 'digits_between':
      return rule(
        name,
        (v) => {
          const text = asText(v) ?? ''
          return (
            /^\d+$/.test(text) && text.length >= Number(args[0]) && text.length <= Number(args[1])
          )
        },
        `The :attribute must be between ${args[0] ?? ''} and ${args[1] ?? ''} digits.`,
      )
    case 'url':
      return rule(
        name,
        (v) => {
          try {
            return (
              /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(asText(v) ?? '') && !!new URL(asText(v) ?? '')
            )
          } catch {
            return false
          }
        },
        'The :attribute format is invalid.',
      )
    case 'ip':
    case 'ipv4':
      return rule(
        name,
        (v) =>
          /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(
            asText(v) ?? '',
          ),
        'The :attribute must be a valid IP address.',
      )
    default:
      return null
  }
}

/** The rule string as RuleSpecs for validate(); unknown rules throw (the panel answers 500). */
export function eggRuleSpecs(rules: string): RuleSpec[] {
  return splitRules(rules)
    .filter((r) => r !== 'sometimes' && r !== 'bail')
    .map((text) => {
      const [name = '', arg = ''] = text.split(/:(.*)/s)
      if (NATIVE.has(name)) return text
      const spec = custom(name, arg)
      if (!spec)
        throw new Error(`Method Illuminate\\Validation\\Validator::validate${name} does not exist.`)
      return spec
    })
}
