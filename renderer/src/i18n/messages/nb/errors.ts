/** Every failure a user can meet, in words (see ../en/errors.ts). */
import type { English } from '../en';

export const errors: English['errors'] = {
  'auth-failed': 'E-postserveren avviste innloggingen. Sjekk passordet i Innstillinger.',
  unreachable: 'E-postserveren kan ikke nås akkurat nå (frakoblet, eller serveren er nede).',
  timeout: 'E-postserveren svarte ikke i tide.',
  'tls-untrusted': 'Sertifikatet til e-postserveren er ikke klarert. Sjekk det i Innstillinger.',
  'tls-failed': 'Det gikk ikke å opprette en sikker forbindelse til e-postserveren.',
  'starttls-missing': 'E-postserveren tilbyr ikke kryptering, så Blindcopy sender ikke passordet til den.',
  'mailbox-missing': 'En mappe som Blindcopy trenger, mangler på serveren.',
  protocol: 'E-postserveren svarte på en måte Blindcopy ikke forsto.',
  rejected: 'E-postserveren avviste meldingen.',
  'verify-failed': 'Blindcopy kunne ikke sjekke på serveren om et tidligere forsøk gikk gjennom.',
  'not-configured': 'Ingen innlogging til e-postserveren er tilgjengelig. Sjekk kontoen i Innstillinger.',

  'invalid-request': 'Blindcopy-kjernen kunne ikke ta imot forespørselen. Prøv igjen; skjer det igjen, start Blindcopy på nytt.',
  'invalid-response': 'Blindcopy-kjernen ga et svar som ikke passer. Prøv igjen; skjer det igjen, start Blindcopy på nytt.',
  'unknown-method': 'Blindcopy-kjernen kjenner ikke denne forespørselen. Start Blindcopy på nytt.',
  'sender-forbidden': 'Blindcopy-kjernen tar bare imot forespørsler fra sitt eget vindu.',
  internal: 'Det fungerte ikke. Prøv igjen; skjer det igjen, start Blindcopy på nytt.',

  invalid: 'Noe av det du skrev inn, er ugyldig. Sjekk feltene og prøv igjen.',
  'not-found': 'Det finnes ikke lenger, eller du har ikke tilgang. Ingenting ble endret.',
  forbidden: 'Bare eieren av denne samtalen kan endre den.',
  'storage-full': 'Datamaskinen har ikke mer plass til CRM-et, så ny e-post blir ikke lagret. Frigjør diskplass; Blindcopy henter e-posten på nytt av seg selv og mister ingenting.',
  'store-failed': 'Ny e-post kunne ikke lagres i CRM-et. Blindcopy henter den på nytt av seg selv; hvis det fortsetter, start Blindcopy på nytt.',
  'domain-invalid': '«{{domain}}» er ikke et domenenavn. Skriv det som acme.com.',
  'free-mail-domain': '{{domain}} tilhører en gratis e-posttjeneste: adresser der sier ingenting om arbeidsgiveren, så det kan ikke være en organisasjons domene.',

  'keychain-unavailable':
    'Blindcopy lagrer passord bare kryptert i systemets nøkkelring – aldri i en vanlig fil. Nøkkelringen mangler eller er låst, så ingenting ble lagret: verken passordene eller de andre innstillingene.',
  'invalid-email': 'Skriv inn hele e-postadressen, for eksempel kari@firma.no.',

  'address-invalid': 'Det er ikke en e-postadresse. Bruk formen kari@firma.no.',
  'address-is-primary': 'Dette er kontoens egen adresse: den er alltid en av dine.',
  'address-exists': 'Adressen står allerede i listen.',
  'address-not-listed': 'Adressen står ikke lenger i listen.',
  'no-account': 'Koble til e-postkontoen din i Innstillinger først.',
  'address-not-pending': 'Adressen er allerede bekreftet.',
  'confirmation-not-sent': 'Adressen står i listen, men bekreftelses-e-posten kunne ikke sendes ({{reason}}). Send den igjen om et øyeblikk.',
  'confirm-invalid': 'Koden eller lenken gjelder ikke lenger: den er allerede brukt, eller en nyere e-post har erstattet den.',
  'confirm-expired': 'Koden eller lenken er utløpt (de gjelder i 24 timer). Send en ny e-post.',
  'confirm-locked': 'For mange feil koder. Åpne lenken i e-posten, eller send en ny e-post.',
  'confirm-malformed': 'Det er ikke en kode fra e-posten. Sjekk det du skrev.',
  'confirm-wrong-code': 'Koden er ikke riktig. Gjenstående forsøk: {{attemptsLeft}}.',

  'outbox-entry-missing': 'Meldingen er ikke lenger i utboksen.',
  'outbox-busy': 'Meldingen sendes akkurat nå. Prøv igjen om et øyeblikk.',
  'outbox-wrong-state': 'Det går ikke lenger: meldingen har kommet videre.',
  'not-own-address': 'Den kan bare sendes fra dine egne, bekreftede adresser. Velg en annen avsender, eller bekreft adressen i Innstillinger.',
  'message-missing': 'Meldingen finnes ikke lenger: den kan ha blitt slettet fra CRM. Åpne samtalen på nytt.',
  'already-sent': 'Denne meldingen er allerede sendt, og sendte meldinger kan ikke endres.',
  'capture-crashed': 'Delen av Blindcopy som henter e-post, stoppet uventet.',
  'replication-off': 'Lagring av CRM-et ditt på e-postserveren er slått av. Slå det på i Innstillinger for å lagre endringene dine der.',
};
