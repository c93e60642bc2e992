// Is a file's content text the editor can open and save back unchanged?

/** How much of the start is inspected for NUL bytes (as git and grep do). */
const SNIFF_BYTES = 8000

export type Contents =
  | { kind: 'text'; text: string }
  /** NUL bytes or mostly control characters: a jar, an image, a world region file… */
  | { kind: 'binary' }
  /** Text, but not UTF-8 (e.g. Latin-1): opening and saving it would change its bytes. */
  | { kind: 'notUtf8' }

/** True when the bytes look binary: a NUL in the first 8000, or over 10 % control bytes there. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES)
  let control = 0
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number
    if (b === 0) return true
    // Tab, LF, VT, FF, CR and ESC (ANSI colours in logs) are normal in text.
    if (
      (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) ||
      b === 0x7f
    ) {
      control++
    }
  }
  return end > 0 && control / end > 0.1
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Sorts a file's bytes into what the editor does with them. */
export function classifyContents(bytes: Uint8Array): Contents {
  if (looksBinary(bytes)) return { kind: 'binary' }
  try {
    // ignoreBOM keeps a byte-order mark in the text, so saving writes it back as it was.
    return { kind: 'text', text: strictUtf8.decode(bytes) }
  } catch {
    return { kind: 'notUtf8' }
  }
}

/**
 * The line break the file uses, so saving writes it back: the editor would otherwise turn every
 * CRLF (Windows-made configs) into LF. Mostly CRLF → '\r\n'; anything else → '\n'.
 */
export function lineSeparatorOf(text: string): '\n' | '\r\n' {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text
  let crlf = 0
  let lf = 0
  for (let i = sample.indexOf('\n'); i !== -1; i = sample.indexOf('\n', i + 1)) {
    if (i > 0 && sample.charCodeAt(i - 1) === 13) crlf++
    else lf++
  }
  return crlf > lf ? '\r\n' : '\n'
}
