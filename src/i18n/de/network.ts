import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'

const n = (value: number) => formatNumber(value, 'de')

export const network: Messages['network'] = {
  title: 'Netzwerk',
  description:
    'Die Adressen, auf denen dein Server lauscht. Spieler verbinden sich mit der primären; die anderen sind für zusätzliche Ports wie Query, Voice oder Karten.',
  loadError: 'Die Zuweisungen konnten nicht geladen werden',
  listLabel: 'Zuweisungen',
  empty: 'Dieser Server hat keine Zuweisungen.',
  address: 'Adresse',
  port: 'Port',
  alias: (ip: string) => `IP ${ip}`,
  copyAddress: (address: string) => `${address} kopieren`,
  primary: 'Primär',
  primaryHint: 'Spieler verbinden sich hierhin; der Startbefehl bekommt diesen Port.',
  notes: 'Notizen',
  notesFor: (address: string) => `Notizen zu ${address}`,
  notesPlaceholder: 'Notiz hinzufügen',
  notesHint: 'Enter oder Verlassen des Felds speichert, Escape bricht ab.',
  notesTooLong: (max: number) => `Höchstens ${n(max)} Zeichen.`,
  notesSaving: 'Notiz wird gespeichert …',
  notesSaved: 'Notiz gespeichert',
  noNotes: 'Keine Notizen',
  makePrimary: 'Zur primären machen',
  makePrimaryFor: (address: string) => `${address} zur primären Zuweisung machen`,
  madePrimary: (address: string) => `${address} ist jetzt die primäre Zuweisung.`,
  primaryRestart: 'Starte den Server neu, damit die neue primäre Adresse gilt.',
  remove: 'Entfernen',
  removeFor: (address: string) => `${address} entfernen`,
  removeTitle: (address: string) => `${address} entfernen?`,
  removeDescription:
    'Der Server nutzt diesen Port nicht mehr und die Notiz wird verworfen. Der Port geht an den Node zurück, du bekommst ihn also vielleicht nicht wieder.',
  removed: (address: string) => `${address} entfernt.`,
  add: 'Zuweisung hinzufügen',
  adding: 'Wird hinzugefügt …',
  added: (address: string) => `${address} hinzugefügt.`,
  usage: (used: number, limit: number) => `${n(used)} von ${n(limit)} Zuweisungen genutzt`,
  atLimit: 'Dieser Server hat alle Zuweisungen, die sein Tarif erlaubt.',
  noLimit: 'Dein Hoster erlaubt diesem Server keine weiteren Zuweisungen.',
  notEnabled: {
    title: 'Dein Hoster vergibt Ports von Hand',
    description:
      'Dieses Panel vergibt keine neuen Ports auf Anfrage (die automatische Zuweisung ist aus). Bitte deinen Hoster, dir einen hinzuzufügen.',
  },
  noSpace:
    'Auf dem Node sind im vorgesehenen Bereich keine Ports mehr frei. Bitte deinen Hoster, dir einen hinzuzufügen.',
  noPermissionEdit: 'Du darfst Zuweisungen nicht ändern.',
}
