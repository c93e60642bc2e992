// Authenticator codes are shown as "268 442" or "268-442" and pasted that way. The separators
// are dropped (by the code field as it is edited, and again by the form schemas); anything else
// is left for validation to refuse, never silently cut.

const SEPARATORS = /[\s\-\u2010-\u2015\u2212]+/g

/** "268 442" / "268-442" → "268442". */
export function normalizeOneTimeCode(raw: string): string {
  return raw.replace(SEPARATORS, '')
}
