export const sshKeys = {}
