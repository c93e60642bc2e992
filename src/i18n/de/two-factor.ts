import type { Messages } from '../catalogue'

export const twoFactor: Messages['twoFactor'] = {}
