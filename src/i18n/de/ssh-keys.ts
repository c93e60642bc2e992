import type { Messages } from '../catalogue'

export const sshKeys: Messages['sshKeys'] = {}
