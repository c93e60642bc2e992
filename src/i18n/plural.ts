// Plural choice through Intl.PluralRules, for catalogue functions ("1 key" / "3 keys").
// Forms other than `one` and `other` are optional and fall back to `other`.

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const rulesByLocale = new Map<string, Intl.PluralRules>()

export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = rulesByLocale.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale)
    rulesByLocale.set(locale, rules)
  }
  return forms[rules.select(count)] ?? forms.other
}
