/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP" (how the panel shows it; easier to type). */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ')
}

/** The downloaded file holds exactly the tokens, one per line. */
export function recoveryTokensText(tokens: readonly string[]): string {
  return `${tokens.join('\n')}\n`
}

/**
 * Saves text as a file without a server round trip: a Blob URL clicked through a temporary link,
 * revoked shortly after (revoking at once can cancel the download in some browsers).
 */
export function downloadTextFile(filename: string, text: string, revokeAfterMs = 1000): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs)
  }
}
