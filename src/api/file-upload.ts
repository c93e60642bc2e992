import { ApiError, apiErrorFromResponse } from './errors'

// Sending one file to a signed Wings upload link (contract §1.4): XMLHttpRequest, because fetch
// has no upload progress. The link is Talon's relay path (or, with WINGS_DIRECT, the node's own
// URL); it is single-use, so every file gets a fresh one. Multipart field `files`; the folder goes
// in `directory` (Wings keeps only the file's base name).

/** The panel caps a node's `upload_size` at 1024 MB (and Talon's relay at 1025 MiB). */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024

/**
 * Wings' refusal of an over-size file: "File x is larger than the maximum file upload size of
 * 100 MB." (it checks only after the whole body arrived, ptero#5713). Returns the limit in bytes.
 */
export function uploadLimitFromError(error: unknown): number | null {
  if (!(error instanceof ApiError)) return null
  if (error.status === 413) return MAX_UPLOAD_BYTES
  const m = /maximum file upload size of (\d+) ?MB/i.exec(error.detail)
  return m?.[1] ? Number(m[1]) * 1024 * 1024 : null
}

function errorFromXhr(xhr: XMLHttpRequest): ApiError {
  let body: unknown
  try {
    body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined
  } catch {
    body = undefined
  }
  // Wings answers `{"error": "…"}`; the relay and panel answer the `{"errors": […]}` envelope.
  const wingsError =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
      ? body.error
      : undefined
  if (wingsError) {
    return new ApiError({ status: xhr.status, code: 'WingsError', detail: wingsError })
  }
  return apiErrorFromResponse({ status: xhr.status, body })
}

export function uploadFile(
  signedUrl: string,
  file: File,
  directory: string,
  onProgress: (loaded: number) => void,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new DOMException('Aborted', 'AbortError'))
      return
    }
    const url = new URL(signedUrl, window.location.href)
    url.searchParams.set('directory', directory)
    const xhr = new XMLHttpRequest()
    const onAbort = () => xhr.abort()
    signal.addEventListener('abort', onAbort, { once: true })
    const done = () => signal.removeEventListener('abort', onAbort)
    xhr.upload.onprogress = (event) => onProgress(event.loaded)
    xhr.onload = () => {
      done()
      if (xhr.status >= 200 && xhr.status < 300) resolve()
      else reject(errorFromXhr(xhr))
    }
    xhr.onerror = () => {
      done()
      reject(new ApiError({ status: 0, code: 'NetworkError' }))
    }
    xhr.onabort = () => {
      done()
      reject(new DOMException('Aborted', 'AbortError'))
    }
    xhr.open('POST', url.toString())
    const form = new FormData()
    form.append('files', file, file.name)
    xhr.send(form)
  })
}
