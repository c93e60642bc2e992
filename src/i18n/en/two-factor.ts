export const twoFactor = {}
