import type { English } from '../en';

export const system: English['system'] = {
  update: {
    ready: 'Blindcopy {{version}} è pronto per l’installazione.',
    readyAdvice: 'L’aggiornamento è stato scaricato in background. Il riavvio richiede pochi secondi; il tuo lavoro resta salvato.',
    restart: 'Riavvia per aggiornare',
    notRestarted: 'Non è stato possibile avviare l’aggiornamento. Verrà installato alla prossima chiusura di Blindcopy.',
  },
  startup: {
    title: 'Questo computer',
    openAtLogin: 'Avvia Blindcopy all’accesso',
    openAtLoginHint: 'Blindcopy si aprirà all’accesso e scaricherà subito la tua posta.',
    unsupported: 'Il tuo sistema non consente alle app di avviarsi da sole all’accesso. Aggiungi invece Blindcopy alle applicazioni di avvio del desktop.',
    failed: 'Non è stato possibile modificare l’impostazione.',
  },
};
