// Words every part of the interface uses. Feature-specific text lives in the feature's namespace.
export const common = {
  appName: 'Talon',
  cancel: 'Cancel',
  close: 'Close',
  done: 'Done',
  save: 'Save',
  delete: 'Delete',
  retry: 'Try again',
  loading: 'Loading',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed. Select the text and copy it by hand.',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  somethingWentWrong: 'Something went wrong. Try again.',
}
