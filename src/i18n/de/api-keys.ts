import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const num = (value: number) => formatNumber(value, 'de')

export const apiKeys: Messages['apiKeys'] = {
  page: {
    title: 'API-Schlüssel',
    description:
      'Mit Client-API-Schlüsseln ({prefix}…) können Skripte und Tools die Client-API des Panels in deinem Namen nutzen.',
  },
  create: {
    title: 'Client-API-Schlüssel erstellen',
    description:
      'Ein Client-Schlüssel kann alles, was du kannst: Es gibt keine Berechtigungen pro Schlüssel. Beschränke ihn auf die Adressen, die ihn brauchen.',
  },
  list: {
    title: 'Deine API-Schlüssel',
    label: 'Liste der API-Schlüssel',
    loadError: 'Deine API-Schlüssel konnten nicht geladen werden',
    loading: 'API-Schlüssel werden geladen …',
    counter: (count, max) => `${num(count)} / ${num(max)}`,
    counterLabel: (count, max) => `${num(count)} von ${num(max)} Schlüsseln verwendet`,
    columns: {
      key: 'Schlüssel',
      allowedIps: 'Erlaubte IPs',
      lastUsed: 'Zuletzt verwendet',
      created: 'Erstellt',
    },
    identifier: 'Kennung: ',
    anyAddress: 'Jede Adresse',
    neverUsed: 'Nie',
    deleteLabel: (name) => `API-Schlüssel „${name}“ löschen`,
  },
  empty: {
    title: 'Noch keine API-Schlüssel',
    description:
      'Mit einem Client-API-Schlüssel kann ein Skript oder Tool über die Client-API des Panels in deinem Namen handeln. Er kann alles, was du kannst, also halte ihn geheim. Client-Schlüssel beginnen mit {prefix}; sie sind keine Anwendungsschlüssel ({applicationPrefix}), die nur Panel-Administratoren erstellen können.',
  },
  deleteDialog: {
    title: (name) => `„${name}“ löschen?`,
    titleFallback: 'API-Schlüssel löschen?',
    description: (identifier) =>
      `Alles, was den Schlüssel ${identifier} verwendet, funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen.`,
    confirm: 'Schlüssel löschen',
  },
  deletedKey: (name) => `API-Schlüssel „${name}“ gelöscht.`,
  deleteFailed: (name, reason) => `„${name}“ konnte nicht gelöscht werden. ${reason}`,
  form: {
    label: 'API-Schlüssel erstellen',
    descriptionLabel: 'Beschreibung',
    descriptionHint: 'Wofür der Schlüssel ist, z. B. „Deploy-Bot“ oder „Home Assistant“.',
    submit: 'API-Schlüssel erstellen',
    atCap: (max) =>
      `Du hast ${num(max)} Schlüssel, mehr erlaubt das Panel nicht. Lösche einen, um einen neuen zu erstellen.`,
    panelRefused: (count) =>
      plural('de', count, {
        one: `Das Panel hat ${num(count)} Eintrag abgelehnt.`,
        other: `Das Panel hat ${num(count)} Einträge abgelehnt.`,
      }),
  },
  allowedIps: {
    label: 'Erlaubte IPs',
    hint: 'Eine IPv4- oder IPv6-Adresse oder ein CIDR-Bereich pro Zeile; auch Kommas und Leerzeichen trennen Einträge. Lass das Feld leer, um jede Adresse zu erlauben.',
    counter: (count, max) => `${num(count)} / ${num(max)} Einträge`,
    problemLine: (line, message) => `Zeile ${num(line)}: ${message}`,
    invalid: (value) => `„${value}“ ist keine gültige IP-Adresse und kein gültiger CIDR-Bereich.`,
    prefixTooLong: (value, family, max) =>
      `„${value}“ hat ein Präfix länger als /${max}; ${family}-Präfixe reichen von /0 bis /${max}.`,
    reversedRange: (value) =>
      `Bei „${value}“ liegt der Anfang hinter dem Ende; setze die niedrigere Adresse zuerst.`,
  },
  validation: {
    descriptionRequired:
      'Gib eine Beschreibung ein, damit du diesen Schlüssel später wiedererkennst.',
    descriptionTooLong: (max) => `Die Beschreibung darf höchstens ${num(max)} Zeichen lang sein.`,
    tooManyEntries: (max, count) =>
      `Gib höchstens ${num(max)} Einträge ein (du hast ${num(count)}).`,
    invalidEntries: (count) =>
      plural('de', count, {
        one: `${num(count)} Eintrag ist keine gültige IP-Adresse und kein gültiger CIDR-Bereich.`,
        other: `${num(count)} Einträge sind keine gültigen IP-Adressen oder CIDR-Bereiche.`,
      }),
  },
  newKey: {
    title: 'Kopiere deinen neuen API-Schlüssel',
    description:
      'Der Schlüssel wird nur dieses eine Mal angezeigt. Kopiere ihn jetzt und bewahre ihn an einem sicheren Ort auf, etwa in einem Passwort-Manager. Wenn du ihn verlierst, lösche den Schlüssel und erstelle einen neuen.',
    done: 'Ich habe ihn kopiert',
    keyFor: (description) => `API-Schlüssel für „${description}“`,
    copy: 'API-Schlüssel kopieren',
    leaveRefused:
      'Du bist noch hier: Dieser Schlüssel kann nicht noch einmal angezeigt werden. Kopiere ihn und wähle dann „Ich habe ihn kopiert“.',
    usage: 'Sende ihn im Authorization-Header mit. Er kann im Panel alles, was du auch kannst.',
  },
}
