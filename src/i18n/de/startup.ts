import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'

const n = (value: number) => formatNumber(value, 'de')

export const startup: Messages['startup'] = {
  title: 'Start',
  loadError: 'Die Starteinstellungen konnten nicht geladen werden',
  command: {
    title: 'Startbefehl',
    description: 'Das führt der Server beim Start aus – mit deinen Variablen eingesetzt.',
    copy: 'Startbefehl kopieren',
    raw: 'Vorlage',
  },
  image: {
    title: 'Docker-Image',
    description: 'Die Softwareumgebung, in der der Server läuft.',
    label: 'Image',
    hint: 'Eine Einstellung für Fortgeschrittene: Wähle ein anderes Image nur, wenn das Spiel oder seine Mods es brauchen. Es gilt ab dem nächsten Start.',
    saving: 'Image wird gewechselt …',
    saved: 'Image gewechselt. Es gilt ab dem nächsten Start.',
    custom:
      'Ein Administrator hat das Image dieses Servers von Hand gesetzt, deshalb lässt es sich hier nicht ändern. Frag deinen Hoster, wenn du ein anderes brauchst.',
    single: 'Das Egg bietet nur dieses Image an.',
    noPermission: 'Du darfst das Image nicht ändern.',
  },
  variables: {
    title: 'Variablen',
    description:
      'Einstellungen, die der Server beim Start liest. Jede wird einzeln gespeichert; Änderungen gelten ab dem nächsten Start.',
    empty: 'Dieser Server hat keine Variablen, die du sehen kannst.',
    readOnly: 'Nur lesen',
    readOnlyHint: 'Von deinem Hoster festgelegt; hier nicht änderbar.',
    noPermission: 'Du darfst Variablen nicht ändern.',
    saving: 'Wird gespeichert …',
    saved: 'Gespeichert',
    unsaved: 'Noch nicht gespeichert: Drück Enter oder verlass das Feld, um zu speichern.',
    on: 'An',
    off: 'Aus',
    none: '(keiner)',
    defaultValue: (value: string) => `Standard: ${value}`,
    noDefault: 'Kein Standardwert',
    between: (min: number, max: number) => `Von ${n(min)} bis ${n(max)}.`,
    atLeast: (min: number) => `Mindestens ${n(min)}.`,
    atMost: (max: number) => `Höchstens ${n(max)}.`,
    wholeNumber: 'Eine ganze Zahl.',
    maxLength: (max: number) => `Bis zu ${n(max)} Zeichen.`,
    lengthBetween: (min: number, max: number) =>
      min === max ? `Genau ${n(min)} Zeichen.` : `${n(min)} bis ${n(max)} Zeichen.`,
    required: 'Pflichtfeld.',
    envVariable: 'Umgebungsvariable',
  },
}
