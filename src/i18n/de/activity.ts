import type { Messages } from '../catalogue'

export const activity: Messages['activity'] = {}
