/** Ciò che main mostra da sé (notifiche, menu Aiuto) e Impostazioni › Notifiche. */
import type { English } from '../en';

export const notifications: English['notifications'] = {
  titles: {
    rejected: 'Email non accolta nel CRM',
    sendFailed: 'Non è stato possibile inviare un messaggio',
    sourceStopped: 'Sincronizzazione della posta interrotta',
  },
  severalReasons: 'Più messaggi, per motivi diversi: l’elenco Rifiutati spiega perché.',
  fallback: 'Apri Blindcopy per vedere il motivo.',
  storeFailed: 'Blindcopy non è riuscito a salvare la nuova posta. Riavvia Blindcopy; se succede ancora, usa Aiuto › Copia diagnostica per l’assistenza.',
  helpMenu: {
    copyDiagnostics: 'Copia diagnostica',
    showLogFolder: 'Mostra cartella dei log',
  },
  settings: {
    title: 'Notifiche',
    intro: 'Blindcopy ti avvisa sul desktop quando qualcosa richiede la tua attenzione; un clic sulla notifica apre il punto in cui intervenire. Le notifiche non mostrano mai l’oggetto o il mittente di un messaggio.',
    rejected: 'Email non accolta nel CRM',
    rejectedHint: 'Con il motivo, ad es. inviata da un indirizzo che non è tuo.',
    sendFailed: 'Non è stato possibile inviare un messaggio',
    sendFailedHint: 'La posta in uscita ha rinunciato a un messaggio.',
    sourceStopped: 'Sincronizzazione della posta interrotta',
    sourceStoppedHint: 'Ad es. il server di posta non accetta più la password.',
    loadFailed: 'Non è stato possibile leggere le impostazioni delle notifiche.',
    saveFailed: 'La modifica non è stata salvata. Riprova.',
  },
};
