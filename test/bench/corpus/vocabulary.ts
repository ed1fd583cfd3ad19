/**
 * The words a salesperson's mail is made of, in the languages the drop box sees, with the reply
 * and forward prefixes their mail clients write (the store's subject rules must strip them to
 * thread replies, R9.2). Pure data: the corpus generator and the store page both use it.
 */

export type LanguageCode = 'en' | 'de' | 'sv' | 'it' | 'nb' | 'fr';

export interface Language {
  code: LanguageCode;
  /** what Outlook in this language writes before a reply's subject */
  reply: string;
  /** ... and before a forward's */
  forward: string;
  subjects: readonly string[];
  greetings: readonly string[];
  closings: readonly string[];
  /** the forwarder's note above an inline forward */
  forwardNotes: readonly string[];
  words: readonly string[];
}

export const LANGUAGES: readonly Language[] = [
  {
    code: 'en',
    reply: 'Re',
    forward: 'Fwd',
    subjects: ['Offer for 40 licences', 'Renewal of the support contract', 'Meeting next Thursday', 'Pricing for next year', 'Invoice question', 'Project kickoff', 'Follow-up on our call', 'Quote for the rollout'],
    greetings: ['Hello', 'Hi', 'Dear', 'Good morning'],
    closings: ['Best regards', 'Kind regards', 'Thanks', 'Cheers'],
    forwardNotes: ['FYI', 'See below', 'For the record'],
    words: ['offer', 'licence', 'contract', 'renewal', 'support', 'pricing', 'discount', 'meeting', 'schedule', 'invoice', 'payment', 'delivery', 'rollout', 'training', 'onboarding', 'quote', 'volume', 'annual', 'monthly', 'budget', 'approval', 'legal', 'review', 'signature', 'proposal', 'timeline', 'milestone', 'integration', 'migration', 'server', 'users', 'seats', 'upgrade', 'options', 'terms', 'conditions', 'purchase', 'order', 'team', 'customer', 'project', 'feedback', 'question', 'answer', 'details', 'attached', 'document', 'version', 'next', 'week', 'call', 'please', 'confirm', 'happy', 'help', 'discuss', 'price', 'total', 'include', 'service'],
  },
  {
    code: 'de',
    reply: 'AW',
    forward: 'WG',
    subjects: ['Angebot Wartungsvertrag', 'Rückfrage zur Rechnung', 'Termin nächste Woche', 'Preise für 2025', 'Verlängerung der Lizenzen', 'Projektstart Müller GmbH', 'Lieferung und Montage', 'Bestellung Schulungspaket'],
    greetings: ['Hallo', 'Guten Tag', 'Sehr geehrte Damen und Herren', 'Liebe Grüße vorab'],
    closings: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'Danke und Gruß'],
    forwardNotes: ['Zur Info', 'Siehe unten', 'Bitte beachten'],
    words: ['Angebot', 'Vertrag', 'Wartung', 'Laufzeit', 'Verlängerung', 'Rechnung', 'Zahlung', 'Lieferung', 'Montage', 'Termin', 'Besprechung', 'Preis', 'Rabatt', 'Lizenzen', 'Schulung', 'Bestellung', 'Freigabe', 'Unterschrift', 'Kündigung', 'Änderung', 'Anlage', 'Dokument', 'Projekt', 'Kunde', 'Ansprechpartner', 'Rückmeldung', 'Frage', 'Antwort', 'Woche', 'Monat', 'jährlich', 'monatlich', 'Budget', 'Umfang', 'Leistung', 'Einführung', 'Migration', 'Server', 'Benutzer', 'Zugänge', 'Konditionen', 'Bedingungen', 'gerne', 'bitte', 'bestätigen', 'besprechen', 'nächste', 'Gesamtpreis', 'enthalten', 'Übersicht', 'Größe', 'Straße', 'Qualität', 'zuverlässig', 'pünktlich', 'Lösung'],
  },
  {
    code: 'sv',
    reply: 'SV',
    forward: 'VB',
    subjects: ['Offert på licenser', 'Förnyelse av supportavtal', 'Möte på torsdag', 'Priser för nästa år', 'Fråga om fakturan', 'Projektstart', 'Leverans och installation', 'Beställning av utbildning'],
    greetings: ['Hej', 'Hejsan', 'God morgon', 'Hej på dig'],
    closings: ['Med vänliga hälsningar', 'Vänliga hälsningar', 'Tack', 'Hälsningar'],
    forwardNotes: ['För kännedom', 'Se nedan', 'Till info'],
    words: ['offert', 'licens', 'avtal', 'förnyelse', 'support', 'pris', 'rabatt', 'möte', 'schema', 'faktura', 'betalning', 'leverans', 'installation', 'utbildning', 'beställning', 'godkännande', 'underskrift', 'ändring', 'bilaga', 'dokument', 'projekt', 'kund', 'kontakt', 'återkoppling', 'fråga', 'svar', 'vecka', 'månad', 'årlig', 'månatlig', 'budget', 'omfattning', 'tjänst', 'införande', 'migrering', 'server', 'användare', 'villkor', 'gärna', 'bekräfta', 'diskutera', 'nästa', 'totalpris', 'ingår', 'översikt', 'kvalitet', 'lösning', 'snabbt', 'tidplan', 'avstämning'],
  },
  {
    code: 'it',
    reply: 'R',
    forward: 'I',
    subjects: ['Offerta per il rinnovo', 'Contratto di assistenza', 'Riunione di giovedì', 'Prezzi per il prossimo anno', 'Domanda sulla fattura', 'Avvio del progetto', 'Consegna e installazione', 'Ordine formazione'],
    greetings: ['Buongiorno', 'Ciao', 'Gentile cliente', 'Salve'],
    closings: ['Cordiali saluti', 'Saluti', 'Grazie mille', 'A presto'],
    forwardNotes: ['Per conoscenza', 'Vedi sotto', 'Da leggere'],
    words: ['offerta', 'licenza', 'contratto', 'rinnovo', 'assistenza', 'prezzo', 'sconto', 'riunione', 'calendario', 'fattura', 'pagamento', 'consegna', 'installazione', 'formazione', 'ordine', 'approvazione', 'firma', 'modifica', 'allegato', 'documento', 'progetto', 'cliente', 'referente', 'riscontro', 'domanda', 'risposta', 'settimana', 'mese', 'annuale', 'mensile', 'budget', 'servizio', 'migrazione', 'server', 'utenti', 'condizioni', 'volentieri', 'confermare', 'discutere', 'prossimo', 'totale', 'incluso', 'qualità', 'soluzione', 'perché', 'città', 'più', 'già'],
  },
  {
    code: 'nb',
    reply: 'SV',
    forward: 'VS',
    subjects: ['Tilbud på lisenser', 'Fornyelse av supportavtale', 'Møte på torsdag', 'Priser for neste år', 'Spørsmål om fakturaen', 'Prosjektoppstart', 'Levering og montering', 'Bestilling av opplæring'],
    greetings: ['Hei', 'Hallo', 'God morgen', 'Hei igjen'],
    closings: ['Med vennlig hilsen', 'Vennlig hilsen', 'Takk', 'Hilsen'],
    forwardNotes: ['Til orientering', 'Se nedenfor', 'Til info'],
    words: ['tilbud', 'lisens', 'avtale', 'fornyelse', 'support', 'pris', 'rabatt', 'møte', 'faktura', 'betaling', 'levering', 'montering', 'opplæring', 'bestilling', 'godkjenning', 'signatur', 'endring', 'vedlegg', 'dokument', 'prosjekt', 'kunde', 'kontaktperson', 'tilbakemelding', 'spørsmål', 'svar', 'uke', 'måned', 'årlig', 'månedlig', 'budsjett', 'omfang', 'tjeneste', 'innføring', 'migrering', 'server', 'brukere', 'vilkår', 'gjerne', 'bekrefte', 'diskutere', 'neste', 'totalpris', 'inkludert', 'oversikt', 'kvalitet', 'løsning', 'gå', 'både'],
  },
  {
    code: 'fr',
    reply: 'RE',
    forward: 'TR',
    subjects: ['Offre pour 40 licences', 'Renouvellement du contrat', 'Réunion de jeudi', 'Tarifs pour l’année prochaine', 'Question sur la facture', 'Lancement du projet', 'Livraison et installation', 'Commande de formation'],
    greetings: ['Bonjour', 'Madame, Monsieur', 'Bonsoir', 'Salut'],
    closings: ['Cordialement', 'Bien à vous', 'Merci', 'Bonne journée'],
    forwardNotes: ['Pour info', 'Voir ci-dessous', 'À noter'],
    words: ['offre', 'licence', 'contrat', 'renouvellement', 'assistance', 'tarif', 'remise', 'réunion', 'planning', 'facture', 'paiement', 'livraison', 'installation', 'formation', 'commande', 'validation', 'signature', 'modification', 'pièce', 'jointe', 'document', 'projet', 'client', 'interlocuteur', 'retour', 'question', 'réponse', 'semaine', 'mois', 'annuel', 'mensuel', 'budget', 'périmètre', 'service', 'déploiement', 'migration', 'serveur', 'utilisateurs', 'conditions', 'volontiers', 'confirmer', 'discuter', 'prochain', 'total', 'inclus', 'qualité', 'solution', 'très', 'déjà', 'été'],
  },
];

/** Gmail and Apple Mail write "Re:" whatever the language; Outlook writes the localized one. */
export const UNIVERSAL_REPLY = 'Re';

export const FIRST_NAMES = ['Jane', 'Erika', 'Max', 'Lena', 'Sven', 'Ingrid', 'Marco', 'Giulia', 'Ola', 'Kari', 'Claire', 'Pierre', 'Tom', 'Anna', 'Jörg', 'Åsa', 'Björn', 'Chiara', 'Émile', 'Zoë', 'Priya', 'Kenji', 'Fatima', 'Lars', 'Sofia', 'Hugo', 'Nora', 'Felix', 'Maja', 'Luca'];
export const LAST_NAMES = ['Roe', 'Muster', 'Mustermann', 'Berg', 'Lindqvist', 'Rossi', 'Bianchi', 'Nordmann', 'Hansen', 'Dubois', 'Martin', 'Schmidt', 'Müller', 'Öberg', 'Sørensen', 'Ferrari', 'Lefèvre', 'Smith', 'Okafor', 'Tanaka', 'Haddad', 'Novak', 'García', 'Kowalski', 'Nyström', 'Weiß', 'Ricci', 'Bakke', 'Moreau', 'Fischer'];
export const COMPANIES = ['Acme Industries', 'Nordic Timber', 'Bäckerei Schulz', 'Fjord Shipping', 'Milano Design', 'Lumière Optique', 'Kranbau Süd', 'Skärgård Resor', 'Polar Logistics', 'Rossi & Figli', 'Helios Energy', 'Vinterhage AS', 'Atelier Dupont', 'Brauerei Kühn', 'Göta Maskin', 'Alpine Medical', 'Baltic Foods', 'Costa Ceramiche', 'Oslo Byggservice', 'Provence Vins'];

/** Words no other thread uses: what a search for one thread types (an order number, a site). */
export function rareWord(index: number): string {
  return `ref${(index * 7919 + 104729).toString(36)}`;
}
