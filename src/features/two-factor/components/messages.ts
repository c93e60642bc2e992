import { messages } from '@/i18n/language'

// Talon's wording for the panel's two password/code refusals, read when the error is shown.
export const invalidCodeMessage = () => messages().twoFactor.errors.invalidCode
export const wrongPasswordMessage = () => messages().twoFactor.errors.wrongPassword
