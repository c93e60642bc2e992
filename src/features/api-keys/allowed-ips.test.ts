import { checkIpEntry, describeIpProblem, findIpProblems, splitAllowedIps } from './allowed-ips'

describe('splitAllowedIps', () => {
  it('splits on lines, commas and spaces and remembers each line', () => {
    expect(splitAllowedIps('127.0.0.1\n\n::1, 10.0.0.0/8  192.0.2.1\r\n  ')).toEqual([
      { value: '127.0.0.1', line: 1 },
      { value: '::1', line: 3 },
      { value: '10.0.0.0/8', line: 3 },
      { value: '192.0.2.1', line: 3 },
    ])
    expect(splitAllowedIps('  \n , ')).toEqual([])
  })
})

describe('checkIpEntry', () => {
  it.each([
    '127.0.0.1',
    '203.0.113.0/24',
    '0.0.0.0/0',
    '10.0.0.0/32',
    '::1',
    '2001:db8::1',
    '2001:db8:85a3::/48',
    '::/0',
    '2001:db8::/128',
    '::ffff:192.0.2.1',
    '10.0.0.*',
    '192.0.2.1-192.0.2.9',
    '2001:db8::1-2001:db8::ff',
  ])('accepts %s', (entry) => {
    expect(checkIpEntry(entry)).toBeUndefined()
  })

  it.each([
    'hodor',
    'hodor/24',
    '256.1.1.1',
    '1.2.3',
    '010.0.0.1',
    '10',
    '0x7f000001',
    'fe80::1%eth0',
    '10.0.0.0/',
    '10.0.0.0/x',
    '10.*.0.300',
    '192.0.2.1-2001:db8::1',
  ])('rejects %s as not an address or range', (entry) => {
    expect(checkIpEntry(entry)).toBe(`"${entry}" is not a valid IP address or CIDR range.`)
  })

  it('rejects prefixes the panel would answer with a 500', () => {
    expect(checkIpEntry('10.0.0.0/33')).toBe(
      '"10.0.0.0/33" has a prefix longer than /32; IPv4 prefixes go from /0 to /32.',
    )
    expect(checkIpEntry('2001:db8::/129')).toBe(
      '"2001:db8::/129" has a prefix longer than /128; IPv6 prefixes go from /0 to /128.',
    )
  })

  it('rejects a reversed range', () => {
    expect(checkIpEntry('192.0.2.9-192.0.2.1')).toBe(
      '"192.0.2.9-192.0.2.1" starts after it ends; put the lower address first.',
    )
  })
})

describe('findIpProblems', () => {
  it('names each bad entry by its line', () => {
    const problems = findIpProblems(splitAllowedIps('127.0.0.1\nhodor\n::1, hodor/24'))
    expect(problems.map(describeIpProblem)).toEqual([
      'Line 2: "hodor" is not a valid IP address or CIDR range.',
      'Line 3: "hodor/24" is not a valid IP address or CIDR range.',
    ])
  })
})
