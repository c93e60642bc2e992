import type { Messages } from '../catalogue'

export const twoFactor: Messages['twoFactor'] = {
  section: {
    title: 'Zwei-Faktor-Authentifizierung',
    description: 'Frag bei der Anmeldung nach einem Code aus einer Authenticator-App.',
    checking: 'Zwei-Faktor-Authentifizierung wird geprüft …',
    requiredTitle: 'Dein Panel verlangt Zwei-Faktor-Authentifizierung',
    requiredMessage: 'Richte sie ein, um den Rest von Talon zu nutzen.',
    alreadyOn: 'Die Zwei-Faktor-Authentifizierung ist für dieses Konto bereits aktiv.',
    turnedOn: 'Zwei-Faktor-Authentifizierung aktiviert.',
    turnedOff: 'Zwei-Faktor-Authentifizierung deaktiviert.',
    checkFailed: (reason: string) => `Die Prüfung ist fehlgeschlagen: ${reason}`,
    checkAgain: 'Erneut prüfen',
    setUp: 'Einrichten',
    turnOff: 'Deaktivieren',
  },
  status: {
    on: {
      badge: 'An',
      heading: 'Die Zwei-Faktor-Authentifizierung ist aktiv.',
      body: 'Bei der Anmeldung wirst du nach einem Code aus deiner Authenticator-App gefragt. Handy verloren? Nutze auf der Anmeldeseite einen deiner Wiederherstellungstoken.',
    },
    off: {
      badge: 'Aus',
      heading: 'Die Zwei-Faktor-Authentifizierung ist nicht aktiv.',
      body: 'Ergänze deine Anmeldung um einen Code aus einer Authenticator-App, damit ein gestohlenes Passwort allein nicht reicht.',
    },
    unknown: {
      badge: 'Unbekannt',
      heading: 'Talon konnte nicht feststellen, ob die Zwei-Faktor-Authentifizierung aktiv ist.',
      body: 'Dein Panel meldet das nicht direkt. Falls sie schon aktiv ist, sagt dir „Einrichten“ Bescheid.',
    },
  },
  enrol: {
    title: 'Zwei-Faktor-Authentifizierung einrichten',
    description: 'Deine Authenticator-App zeigt alle 30 Sekunden einen neuen 6-stelligen Code an.',
    preparing: 'Dein Einrichtungsschlüssel wird vorbereitet …',
    startFailed: 'Die Einrichtung konnte nicht gestartet werden',
    scanStep:
      '{step} mit einer Authenticator-App wie Aegis, 2FAS, Google Authenticator oder 1Password.',
    scanStepLabel: '1. Scanne diesen QR-Code',
    qrCode: 'QR-Code für deine Authenticator-App',
    cantScan: 'Scannen klappt nicht? Gib stattdessen diesen Einrichtungsschlüssel ein:',
    copySetupKey: 'Einrichtungsschlüssel kopieren',
    openInApp: 'In einer Authenticator-App auf diesem Gerät öffnen',
    confirmStep: '{step} mit dem 6-stelligen Code aus der App und deinem Kontopasswort.',
    confirmStepLabel: '2. Bestätige',
    formLabel: 'Zwei-Faktor-Einrichtung bestätigen',
    code: 'Authentifizierungscode',
    password: 'Passwort',
    submit: 'Aktivieren',
  },
  recoveryTokens: {
    title: 'Speichere deine Wiederherstellungstoken',
    description: 'Die Zwei-Faktor-Authentifizierung ist jetzt aktiv.',
    warningTitle: 'Speichere sie jetzt. Sie werden nicht noch einmal angezeigt.',
    warningMessage:
      'Jeder Token meldet dich einmal an, falls du dein Handy verlierst. Ohne deine App oder einen Token kann dich nur die Administration deines Panels wieder hereinlassen.',
    listLabel: 'Wiederherstellungstoken',
    copyAll: 'Alle Wiederherstellungstoken kopieren',
    download: '.txt herunterladen',
    print: 'Drucken',
    saved: 'Ich habe diese Wiederherstellungstoken an einem sicheren Ort gespeichert',
    leaveRefused:
      'Du bist noch hier: Diese Token können nicht noch einmal angezeigt werden. Speichere sie, setze unten den Haken und wähle dann „Fertig“.',
    fileName: (account: string) => `wiederherstellungstoken-${account}.txt`,
    printTitle: 'Wiederherstellungstoken für die Zwei-Faktor-Authentifizierung',
    printAccount: (account: string) => `Konto: ${account}`,
    printHint:
      'Jeder Token meldet dich einmal an, falls du deine Authenticator-App verlierst. Bewahre diese Seite an einem sicheren Ort auf.',
  },
  disable: {
    title: 'Zwei-Faktor-Authentifizierung deaktivieren?',
    description:
      'Zur Anmeldung reicht dann dein Passwort. Deine Authenticator-App und deine Wiederherstellungstoken funktionieren für dieses Konto nicht mehr.',
    formLabel: 'Zwei-Faktor-Authentifizierung deaktivieren',
    password: 'Passwort',
    submit: 'Deaktivieren',
  },
  errors: {
    codeRequired: 'Gib den 6-stelligen Code aus deiner Authenticator-App ein.',
    codeFormat: 'Der Code hat 6 Ziffern.',
    passwordRequired: 'Gib dein Passwort ein.',
    invalidCode:
      'Dieser Code hat nicht funktioniert. Gib den Code ein, den deine App gerade anzeigt. Wenn es weiter fehlschlägt, prüfe, ob die Uhrzeit deines Handys automatisch eingestellt wird.',
    wrongPassword: 'Dieses Passwort ist nicht richtig.',
  },
}
