/** The Rejected list (R3.3–R3.5, R3.8): refused mail, why, and accepting it after all. */
import type { English } from '../en';

export const rejected: English['rejected'] = {
  intro: 'E-Mails, die im CRM-Postfach ankamen, aber nicht in den CRM-Posteingang übernommen wurden, mit dem Grund. Nehmen Sie eine Nachricht an, um sie doch zu übernehmen.',
  loading: 'Wird geladen …',
  noSubject: '(kein Betreff)',
  unknownSender: 'Unbekannter Absender',
  why: 'Grund',
  reasons: {
    unknownOwner: 'Von einer Adresse gesendet, die nicht zu Ihren gehört.',
    ownerPending: 'Von einer Ihrer Adressen gesendet, die noch auf Bestätigung wartet.',
    authFailed: 'Der Server des Absenders konnte nicht nachweisen, dass die E-Mail echt ist (DKIM und SPF fehlgeschlagen, oder sie gibt Ihre eigene Adresse an und die DMARC-Richtlinie Ihrer Domain weist sie zurück).',
    tooLarge: 'Größer als 20 MB, nicht heruntergeladen.',
    unparseable: 'Konnte nicht gelesen werden.',
  },
  advice: {
    confirmAddress: 'Bestätigen Sie die Adresse in den Einstellungen: Diese Nachricht kommt dann von selbst herein.',
    addAlternate: 'Wenn diese Adresse Ihnen gehört, fügen Sie sie in den Einstellungen als weitere Absenderadresse hinzu: Sobald sie bestätigt ist, kommen ihre E-Mails von selbst herein.',
    notYours: 'Sie wurde nicht von Ihnen gesendet. Nehmen Sie sie nur an, wenn sie in Ihr CRM gehört.',
    checkGenuine: 'Nehmen Sie sie nur an, wenn Sie sicher sind, dass sie echt ist.',
  },
  accept: 'Annehmen',
  acceptNamed: 'Annehmen: „{{subject}}“',
  accepted: 'Angenommen – wird erneut abgerufen.',
  captured: 'Angenommen – sie ist jetzt im Posteingang.',
  acceptFailed: 'Das Annehmen hat nicht geklappt. Versuchen Sie es noch einmal; passiert es wieder, starten Sie Blindcopy neu.',
  openSettings: 'Einstellungen öffnen',
};
