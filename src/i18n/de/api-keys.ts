import type { Messages } from '../catalogue'

export const apiKeys: Messages['apiKeys'] = {}
