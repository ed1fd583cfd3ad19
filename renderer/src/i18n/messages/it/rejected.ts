/** The Rejected list (R3.3–R3.5, R3.8): refused mail, why, and accepting it after all. */
import type { English } from '../en';

export const rejected: English['rejected'] = {
  intro: 'Email arrivate nella casella CRM ma non accolte nella posta in arrivo del CRM, con il motivo. Accetta un messaggio per accoglierlo comunque.',
  loading: 'Caricamento…',
  noSubject: '(nessun oggetto)',
  unknownSender: 'Mittente sconosciuto',
  why: 'Motivo',
  reasons: {
    unknownOwner: 'Inviata da un indirizzo che non è tuo: aggiungilo come indirizzo alternativo nelle Impostazioni.',
    ownerPending: 'In attesa che tu confermi questo indirizzo.',
    authFailed: 'Il server del mittente non ha potuto dimostrare che l’email è autentica (DKIM e SPF non superati, oppure dichiara il tuo indirizzo e la policy DMARC del tuo dominio la rifiuta).',
    tooLarge: 'Più grande di 20 MB, non scaricata.',
    unparseable: 'Non è stato possibile leggerla.',
  },
  accept: 'Accetta',
  acceptNamed: 'Accetta: «{{subject}}»',
  accepted: 'Accettata: comparirà nella posta in arrivo alla prossima sincronizzazione.',
  captured: 'Accettata: ora è nella posta in arrivo.',
  acceptFailed: 'Non è stato possibile accettarla. Riprova; se succede ancora, riavvia Blindcopy.',
  openSettings: 'Apri le Impostazioni',
};
