import { randomUUID } from 'node:crypto'

import { PanelError } from '../panel-errors'
import { FsError } from './tree'

// Errors as Wings answers them ({"error", "request_id"}; router/middleware/request_error.go) and
// as the panel passes them on (DaemonConnectionException: Wings' status, and below 500 Wings'
// own message inside the panel's sentence).

export const WINGS_GENERIC = 'An unexpected error was encountered while processing this request'

export class WingsHttpError extends Error {
  readonly status: number
  readonly error: string

  constructor(status: number, error: string) {
    super(error)
    this.status = status
    this.error = error
  }
}

/**
 * CaptureErrors' asFilesystemError(). Only Wings' own filesystem errors (disk space, denylist,
 * E_ISDIR from a write) and ENAMETOOLONG get a 4xx; ufs' plain errors — a missing file, a path
 * that resolves outside the volume, ENOTDIR, EEXIST — fall through to a 500 (see the contract's
 * corrections: "a missing file or folder is a 500, not a 404").
 */
export function wingsErrorFor(error: unknown): WingsHttpError {
  if (error instanceof WingsHttpError) return error
  if (error instanceof FsError) {
    switch (error.kind) {
      case 'disk':
        return new WingsHttpError(
          400,
          'There is not enough disk space available to perform that action.',
        )
      case 'denylist':
        return new WingsHttpError(403, 'This file cannot be modified: present in egg denylist.')
      case 'name-too-long':
        return new WingsHttpError(400, 'Cannot perform that action: file name is too long.')
      case 'is-dir':
        return new WingsHttpError(400, 'Cannot perform that action: file is a directory.')
      default:
        return new WingsHttpError(500, WINGS_GENERIC)
    }
  }
  throw error
}

/** DaemonConnectionException, as the panel renders it for a Wings answer with this status. */
export function daemonError(error: WingsHttpError): PanelError {
  const requestId = randomUUID()
  const status = error.status < 400 ? 502 : error.status
  const detail =
    status < 500
      ? `An error occurred on the remote host: ${error.error}. (request id: ${requestId})`
      : `There was an error while communicating with the machine running this server. This error has been logged, please try again. (code: ${error.status}) (request_id: ${requestId})`
  return new PanelError(status, [
    { code: 'DaemonConnectionException', status: String(status), detail },
  ])
}

/** Runs a Wings call for the panel: its failures become the panel's DaemonConnectionException. */
export async function callWings<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof PanelError) throw error
    throw daemonError(wingsErrorFor(error))
  }
}
