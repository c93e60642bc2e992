import { createPublicKey, type KeyObject } from 'node:crypto'

// The demo account's two SSH keys. Public keys only (nothing secret), fixed rather than generated
// at seed time: RSA-3072 generation took about 0.7 s in every process that seeded a panel (each
// unit-test file, each browser-test worker, `npm start`), and fixed keys keep fingerprints stable.

const ED25519 = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAENI1+t/qJPxSMZAk78S2jbOB+G3qHkfnqlpFTGf9fhY=
-----END PUBLIC KEY-----`

const RSA_3072 = `-----BEGIN PUBLIC KEY-----
MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAlMW/CcDy96HyZ/JnYjdQ
mXJeC3FZgcWmtUK2MNM4O5Xwl7MCgajBosdZjfU0CntCJsMhx+oXU7aRP9A4ZtYB
I3kKqwpenCIwVSR7uSg4bfv8cJMt5z/aC8PMHBRSJ45aggslgr4SaDV5ktGQJFQ3
pLJ4TzOxdDcaQAoxqmvzvDFleed9KWNh1sMbfyi4WgaGY9auu83Vd5BppBlW68ID
I+agGfsdHdcM8Fwv3c0hE+p8zw/ifzTTpPoEjk8NoREMJIEf8/TJb07H/MLmP1nT
OkG4+pHOWpue586N+rF1pzpVFYPE79yhV8+PK6MvozoFQUVgGCa6tsg8ZglYcT9l
RKeO36VpYHpVvzxW6TYzmo2Rfgr2RZ2evDXirp5zL0JkwdjASfMiVT1ZYpDH4VOo
EvrshgQN4isf1yR7/ST0Qg/b1EUl1SiXNtNkXXBP0hoPlc00RBoiGp/1GK8c0d5z
I9iw/KkKsSIxy2vneyg3sHLrf9lnwqSPKNTVS+6FkwlhAgMBAAE=
-----END PUBLIC KEY-----`

export const seedPublicKeys: { ed: KeyObject; rsa: KeyObject } = {
  ed: createPublicKey(ED25519),
  rsa: createPublicKey(RSA_3072),
}
