/** Every failure a user can meet, in words (see ../en/errors.ts). */
import type { English } from '../en';

export const errors: English['errors'] = {
  'auth-failed': 'E-postservern avvisade inloggningen. Kontrollera lösenordet i Inställningar.',
  unreachable: 'E-postservern går inte att nå just nu (offline, eller så är servern nere).',
  timeout: 'E-postservern svarade inte i tid.',
  'tls-untrusted': 'E-postserverns certifikat är inte betrott. Kontrollera det i Inställningar.',
  'tls-failed': 'Det gick inte att upprätta en säker anslutning till e-postservern.',
  'starttls-missing': 'E-postservern erbjuder ingen kryptering, så Blindcopy skickar inte lösenordet till den.',
  'mailbox-missing': 'En mapp som Blindcopy behöver saknas på servern.',
  protocol: 'E-postservern svarade på ett sätt som Blindcopy inte förstod.',
  rejected: 'E-postservern avvisade meddelandet.',
  'verify-failed': 'Blindcopy kunde inte kontrollera på servern om ett tidigare försök gick iväg.',
  'not-configured': 'Ingen inloggning till e-postservern finns tillgänglig. Kontrollera kontot i Inställningar.',

  'invalid-request': 'Blindcopy-kärnan kunde inte ta emot begäran. Försök igen; om det händer igen, starta om Blindcopy.',
  'invalid-response': 'Blindcopy-kärnan gav ett svar som inte passar. Försök igen; om det händer igen, starta om Blindcopy.',
  'unknown-method': 'Blindcopy-kärnan känner inte till begäran. Starta om Blindcopy.',
  'sender-forbidden': 'Blindcopy-kärnan tar bara emot begäranden från sitt eget fönster.',
  internal: 'Det gick inte. Försök igen; om det händer igen, starta om Blindcopy.',

  invalid: 'Något av det du angav är ogiltigt. Kontrollera fälten och försök igen.',
  'not-found': 'Det finns inte längre, eller så får du inte se det. Ingenting ändrades.',
  forbidden: 'Bara konversationens ägare kan ändra den.',
  'storage-full': 'Datorn har inget utrymme kvar för CRM:et, så ny e-post sparas inte. Frigör diskutrymme; Blindcopy hämtar e-posten igen av sig självt och förlorar ingenting.',
  'store-failed': 'Ny e-post kunde inte sparas i CRM:et. Blindcopy hämtar den igen av sig självt; om det fortsätter hända, starta om Blindcopy.',
  'domain-invalid': '”{{domain}}” är inget domännamn. Skriv det som acme.com.',
  'free-mail-domain': '{{domain}} tillhör en gratis e-posttjänst: adresser där säger inget om arbetsgivaren, så den kan inte vara en organisations domän.',

  'keychain-unavailable':
    'Blindcopy sparar lösenord endast krypterade i systemets nyckelring – aldrig i en vanlig fil. Nyckelringen saknas eller är låst, så ingenting sparades: varken lösenorden eller de andra inställningarna.',
  'invalid-email': 'Ange hela din e-postadress, till exempel anna@foretag.se.',

  'address-invalid': 'Det är ingen e-postadress. Använd formen anna@foretag.se.',
  'address-is-primary': 'Det är ditt kontos egen adress: den är alltid en av dina.',
  'address-exists': 'Adressen finns redan i listan.',
  'address-not-listed': 'Adressen finns inte längre i listan.',
  'no-account': 'Anslut ditt e-postkonto i Inställningar först.',
  'address-not-pending': 'Adressen är redan bekräftad.',
  'confirmation-not-sent': 'Adressen finns i listan, men bekräftelsemejlet kunde inte skickas ({{reason}}). Skicka det igen om en stund.',
  'confirm-invalid': 'Koden eller länken gäller inte längre: den har redan använts, eller så har ett nyare mejl ersatt den.',
  'confirm-expired': 'Koden eller länken har gått ut (de gäller i 24 timmar). Skicka ett nytt mejl.',
  'confirm-locked': 'För många felaktiga koder. Öppna länken i mejlet, eller skicka ett nytt mejl.',
  'confirm-malformed': 'Det är ingen kod från mejlet. Kontrollera det du skrev.',
  'confirm-wrong-code': 'Koden stämmer inte. Försök kvar: {{attemptsLeft}}.',

  'outbox-entry-missing': 'Meddelandet finns inte längre i utkorgen.',
  'outbox-busy': 'Meddelandet skickas just nu. Försök igen om en stund.',
  'outbox-wrong-state': 'Det går inte längre: meddelandet har redan gått vidare.',
  'not-own-address': 'Det kan bara skickas från dina egna, bekräftade adresser. Välj en annan avsändare eller bekräfta adressen i Inställningar.',
  'message-missing': 'Meddelandet finns inte längre: det kan ha tagits bort från CRM. Öppna konversationen igen.',
  'already-sent': 'Meddelandet har redan skickats, och skickade meddelanden kan inte ändras.',
  'capture-crashed': 'Den del av Blindcopy som hämtar e-post stannade oväntat.',
  'replication-off': 'Att spara ditt CRM på e-postservern är avstängt. Slå på det i Inställningar för att spara dina ändringar där.',
};
