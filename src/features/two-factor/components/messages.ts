export const INVALID_CODE_MESSAGE =
  "That code didn't work. Enter the code your app shows now. If it keeps failing, check that your phone's clock is set automatically."
export const WRONG_PASSWORD_MESSAGE = "That password isn't right."
