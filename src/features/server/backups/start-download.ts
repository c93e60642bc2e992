/**
 * Starts a browser download of `url` (a signed, single-use link) at once, without navigating away
 * and without keeping the link anywhere: it lives only in this call.
 */
export function startDownload(url: string): void {
  const link = document.createElement('a')
  link.href = url
  link.rel = 'noopener'
  // Same-origin relay links download under Wings' own file name (Content-Disposition).
  link.download = ''
  document.body.append(link)
  link.click()
  link.remove()
}
