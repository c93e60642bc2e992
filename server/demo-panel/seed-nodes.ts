import type { Node } from './store'

// The four Wings nodes the seeded servers live on (uk-lon-2 is in maintenance).

export function seedNodes(): Node[] {
  return [
    {
      id: 1,
      name: 'de-fra-1',
      fqdn: 'fra1.nodes.demo-panel.test',
      scheme: 'https',
      daemonListen: 8080,
      daemonSftp: 2022,
      maintenance: false,
    },
    {
      id: 2,
      name: 'us-nyc-1',
      fqdn: 'nyc1.nodes.demo-panel.test',
      scheme: 'https',
      daemonListen: 8080,
      daemonSftp: 2022,
      maintenance: false,
    },
    {
      id: 3,
      name: 'sg-sin-1',
      fqdn: 'sin1.nodes.demo-panel.test',
      scheme: 'https',
      daemonListen: 8443,
      daemonSftp: 2222,
      maintenance: false,
    },
    {
      id: 4,
      name: 'uk-lon-2',
      fqdn: 'lon2.nodes.demo-panel.test',
      scheme: 'https',
      daemonListen: 8080,
      daemonSftp: 2022,
      maintenance: true,
    },
  ]
}
