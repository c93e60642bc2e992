import type { Messages } from '../catalogue'

export const servers: Messages['servers'] = {}
