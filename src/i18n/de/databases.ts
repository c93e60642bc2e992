import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'

const n = (value: number) => formatNumber(value, 'de')

export const databases: Messages['databases'] = {
  title: 'Datenbanken',
  list: {
    title: 'Datenbanken',
    description:
      'MySQL-Datenbanken für Plugins und Mods. Jede hat einen eigenen Benutzer; das Passwort wird nur angezeigt, wenn du danach fragst.',
    label: 'Datenbanken',
    loadError: 'Die Datenbanken konnten nicht geladen werden',
    counter: (count: number, max: number) => `${n(count)} / ${n(max)}`,
    counterLabel: (count: number, max: number) => `${n(count)} von ${n(max)} Datenbanken belegt`,
    create: 'Neue Datenbank',
    atLimit: (max: number) =>
      max === 0
        ? 'Dieser Server darf keine Datenbanken haben. Frag deinen Hoster, wenn du eine brauchst.'
        : `Dieser Server hat sein Limit von ${n(max)} Datenbanken erreicht. Lösche eine, um eine neue anzulegen.`,
    endpoint: 'Endpunkt',
    username: 'Benutzername',
    connectionsFrom: 'Verbindungen von',
    anywhere: 'überall',
    copyEndpoint: 'Endpunkt kopieren',
    copyUsername: 'Benutzernamen kopieren',
    details: 'Details',
    detailsLabel: (name: string) => `Details von ${name}`,
    deleteLabel: (name: string) => `${name} löschen`,
    created: (name: string) => `${name} wurde angelegt.`,
    deleted: (name: string) => `${name} wurde gelöscht.`,
  },
  empty: {
    title: 'Noch keine Datenbanken',
    description: 'Leg eine an, wenn ein Plugin oder Mod MySQL braucht.',
    noLimit:
      'Dieser Server darf keine Datenbanken haben. Frag deinen Hoster, wenn du eine brauchst.',
  },
  create: {
    title: 'Neue Datenbank',
    description: 'Das Panel legt die Datenbank und einen Benutzer mit zufälligem Passwort an.',
    name: 'Name',
    nameHint: (prefix: string) =>
      `3 bis 48 Buchstaben, Ziffern, Bindestriche oder Unterstriche. Das Panel setzt ${prefix} davor.`,
    nameRequired: 'Gib der Datenbank einen Namen.',
    nameTooShort: 'Der Name braucht mindestens 3 Zeichen.',
    nameTooLong: 'Der Name darf höchstens 48 Zeichen lang sein.',
    nameInvalid: 'Nur Buchstaben, Ziffern, Bindestriche (-) und Unterstriche (_).',
    remote: 'Verbindungen von',
    remoteHint:
      '% erlaubt Verbindungen von überall. Schränke es mit einer Adresse ein, z. B. 203.0.113.7, oder einem Muster wie 192.168.1.%.',
    remoteRequired: 'Gib an, woher Verbindungen kommen dürfen (% für überall).',
    remoteInvalid: 'Erlaubt sind nur Buchstaben, Ziffern und _ - / . % :',
    submit: 'Datenbank anlegen',
  },
  details: {
    title: (name: string) => `Datenbank ${name}`,
    password: 'Passwort',
    hidden: 'Verborgen',
    reveal: 'Passwort anzeigen',
    hide: 'Passwort verbergen',
    copyPassword: 'Passwort kopieren',
    loadingPassword: 'Passwort wird geladen …',
    noViewPassword: 'Dein Zugriff umfasst keine Datenbank-Passwörter.',
    passwordFailed: (detail: string) =>
      `Das Passwort konnte nicht geladen werden. ${detail}`.trim(),
    jdbc: 'JDBC-Verbindungszeichenfolge',
    uri: 'MySQL-URI',
    copyJdbc: 'JDBC-Zeichenfolge kopieren',
    copyUri: 'MySQL-URI kopieren',
    uriHint: 'Beide enthalten das Passwort: Füge sie nur in die Konfiguration des Servers ein.',
    uriWithoutPassword: 'Ohne Passwort (du darfst es nicht sehen).',
    rotate: 'Passwort erneuern',
    rotated: 'Das Passwort wurde geändert. Trag es überall ein, wo die Datenbank genutzt wird.',
    rotatedHidden:
      'Das Passwort wurde geändert. Das neue darfst du nicht sehen: Frag den Besitzer.',
    done: 'Fertig',
  },
  rotate: {
    title: (name: string) => `Passwort von ${name} erneuern?`,
    description:
      'Das alte Passwort funktioniert sofort nicht mehr. Plugins, die es nutzen, können sich erst wieder verbinden, wenn du ihnen das neue gibst.',
    confirm: 'Passwort erneuern',
  },
  remove: {
    title: (name: string) => `${name} löschen?`,
    description:
      'Die Datenbank und alle ihre Tabellen werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.',
    typeName: (name: string) => `Gib ${name} zur Bestätigung ein`,
    mismatch: 'Der Name stimmt nicht überein.',
    confirm: 'Datenbank löschen',
  },
}
