import { passwordStrength } from './password-strength'

describe('passwordStrength', () => {
  it.each([
    ['', 0, 'Too short'],
    ['abc', 0, 'Too short'],
    ['1234567', 0, 'Too short'],
    ['abcdefgh', 1, 'Weak'], // one class, a sequence
    ['aaaaaaaaaaaa', 1, 'Weak'], // repeated
    ['Password123!', 1, 'Weak'], // common word, however varied
    ['qwertyuiop12', 1, 'Weak'],
    ['tqbmvxlwp', 1, 'Weak'], // 9 lowercase letters
    ['tqbmvxlwpz', 1, 'Weak'], // 10 lowercase letters
    ['tqbmvxlwpzrk', 1, 'Weak'], // 12 lowercase letters
    ['tqbmvxlwpzrkfy', 2, 'Fair'], // 14 lowercase letters
    ['tqbmvxlwpz12', 2, 'Fair'], // 12, two classes
    ['correct-horse-1', 4, 'Strong'],
    ['correct horse battery staple', 4, 'Strong'],
    ['Tr0ub4dor&3', 3, 'Good'],
  ] as const)('%j → %s', (password, level, label) => {
    const result = passwordStrength(password)
    expect(result.label).toBe(label)
    expect(result.level).toBe(level)
  })

  it('counts what is missing while too short, without echoing the password', () => {
    expect(passwordStrength('abcde').tip).toBe('3 more characters needed.')
    expect(passwordStrength('abcdefg').tip).toBe('1 more character needed.')
    expect(passwordStrength('hunter2hunter2').tip ?? '').not.toContain('hunter')
  })

  it('explains why a long password is still weak', () => {
    expect(passwordStrength('mypassword2024').tip).toBe('Avoid common words and number sequences.')
    expect(passwordStrength('zzzzzzzzzzzzzzzz').tip).toBe(
      'Avoid repeated or sequential characters.',
    )
  })
})
