/** Every failure a user can meet, in words (see ../en/errors.ts). */
import type { English } from '../en';

export const errors: English['errors'] = {
  'auth-failed': 'Il server di posta ha rifiutato l’accesso. Controlla la password nelle Impostazioni.',
  unreachable: 'Il server di posta non è raggiungibile in questo momento (offline, o il server non funziona).',
  timeout: 'Il server di posta non ha risposto in tempo.',
  'tls-untrusted': 'Il certificato del server di posta non è attendibile. Controllalo nelle Impostazioni.',
  'tls-failed': 'Non è stato possibile stabilire una connessione sicura con il server di posta.',
  'starttls-missing': 'Il server di posta non offre la cifratura, quindi Blindcopy non gli invia la password.',
  'mailbox-missing': 'Sul server manca una cartella di cui Blindcopy ha bisogno.',
  protocol: 'Il server di posta ha risposto in un modo che Blindcopy non capisce.',
  rejected: 'Il server di posta ha rifiutato il messaggio.',
  'verify-failed': 'Blindcopy non è riuscito a verificare sul server se un tentativo precedente è andato a buon fine.',
  'not-configured': 'Nessun accesso al server di posta disponibile. Controlla l’account nelle Impostazioni.',

  'invalid-request': 'Il nucleo di Blindcopy non ha potuto accettare questa richiesta. Riprova; se succede ancora, riavvia Blindcopy.',
  'invalid-response': 'Il nucleo di Blindcopy ha dato una risposta non valida. Riprova; se succede ancora, riavvia Blindcopy.',
  'unknown-method': 'Il nucleo di Blindcopy non conosce questa richiesta. Riavvia Blindcopy.',
  'sender-forbidden': 'Il nucleo di Blindcopy accetta richieste solo dalla propria finestra.',
  internal: 'Non ha funzionato. Riprova; se succede ancora, riavvia Blindcopy.',

  invalid: 'Alcuni dati inseriti non sono validi. Controlla i campi e riprova.',
  'not-found': 'Non esiste più, oppure non puoi vederlo. Non è stato modificato nulla.',
  forbidden: 'Solo il proprietario di questa conversazione può modificarla.',
  'storage-full': 'Sul computer non c’è più spazio per il CRM, quindi la nuova posta non viene salvata. Libera spazio su disco; Blindcopy riscarica la posta da solo e non ne perde nessuna.',
  'store-failed': 'Non è stato possibile salvare la nuova posta nel CRM. Blindcopy la riscarica da solo; se continua a succedere, riavvia Blindcopy.',
  'domain-invalid': '«{{domain}}» non è un nome di dominio. Scrivilo come acme.com.',
  'free-mail-domain': '{{domain}} appartiene a un provider di posta gratuita: i suoi indirizzi non dicono nulla del datore di lavoro, quindi non può essere il dominio di un\'organizzazione.',

  'keychain-unavailable':
    'Blindcopy conserva le password solo cifrate nel portachiavi del sistema, mai in un file normale. Il portachiavi manca o è bloccato, quindi non è stato salvato nulla: né le password né le altre impostazioni.',
  'invalid-email': 'Inserisci l’indirizzo email completo, ad esempio giulia@azienda.it.',

  'address-invalid': 'Questo non è un indirizzo email. Usa la forma giulia@azienda.it.',
  'address-is-primary': 'Questo è l’indirizzo del tuo account: è sempre uno dei tuoi.',
  'address-exists': 'Questo indirizzo è già nell’elenco.',
  'address-not-listed': 'Questo indirizzo non è più nell’elenco.',
  'no-account': 'Prima collega il tuo account di posta nelle Impostazioni.',
  'address-not-pending': 'Questo indirizzo è già confermato.',
  'confirmation-not-sent': 'L’indirizzo è nell’elenco, ma non è stato possibile inviare l’email di conferma ({{reason}}). Inviala di nuovo tra un momento.',
  'confirm-invalid': 'Questo codice o link non vale più: è già stato usato, oppure un’email più recente lo ha sostituito.',
  'confirm-expired': 'Questo codice o link è scaduto (valgono 24 ore). Fatti inviare una nuova email.',
  'confirm-locked': 'Troppi codici sbagliati. Apri il link nell’email o fatti inviare una nuova email.',
  'confirm-malformed': 'Questo non è un codice dell’email. Controlla ciò che hai scritto.',
  'confirm-wrong-code': 'Il codice non è giusto. Tentativi rimasti: {{attemptsLeft}}.',

  'outbox-entry-missing': 'Il messaggio non è più nella posta in uscita.',
  'outbox-busy': 'Il messaggio è in fase di invio proprio ora. Riprova tra un momento.',
  'outbox-wrong-state': 'Non è più possibile: il messaggio è andato avanti.',
  'not-own-address': 'Si può inviare solo dai tuoi indirizzi confermati. Scegli un altro mittente o conferma questo indirizzo nelle Impostazioni.',
  'message-missing': 'Il messaggio non c’è più: forse è stato eliminato dal CRM. Apri di nuovo la conversazione.',
  'already-sent': 'Questo messaggio è già stato inviato, e i messaggi inviati non si possono modificare.',
  'capture-crashed': 'La parte di Blindcopy che scarica le email si è fermata inaspettatamente.',
  'replication-off': 'Il salvataggio del CRM sul server di posta è disattivato. Attivalo nelle Impostazioni per salvare lì le tue modifiche.',
};
