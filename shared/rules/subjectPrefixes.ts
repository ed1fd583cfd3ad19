/**
 * R9.2 the reply and forward prefixes mail clients put before a subject, by language. Matched
 * case-insensitively and ONLY when followed by a colon (optionally after a count like `[2]`), so
 * the one-letter Italian prefixes `R` and `I` never eat a word ("I think..." stays).
 *
 * Where they come from: Outlook (desktop, new Outlook, Outlook on the web) localizes both prefixes
 * and is the main source of variety; the forwarded-message corpus in ../shared/corpora/
 * forwarded-bodies (`*_subject*.txt`) shows what new Outlook and Outlook.com write per language
 * (WG, VS, VB, VL, RV, TR, I, PD, ENC, Videresend, İLT, Redir.). Thunderbird's
 * `mailnews.localizedRe` lists what it recognises when replying (e.g. de "AW,Antw", it "R,RIF,I");
 * Lotus Notes writes "Antwort:"; Gmail, Apple Mail and Thunderbird write "Re:" / "Fwd:" in every
 * language, so those two are listed once under English.
 */
export interface LanguagePrefixes {
  readonly reply: readonly string[];
  readonly forward: readonly string[];
}

export const SUBJECT_PREFIXES: Readonly<Record<string, LanguagePrefixes>> = {
  /** English, and the universal ones (Gmail, Apple Mail, Thunderbird everywhere) */
  en: { reply: ['Re'], forward: ['Fwd', 'Fw'] },
  /** German: Antwort / Weitergeleitet (Outlook); Antw (older Outlook, Thunderbird); Antwort (Lotus Notes) */
  de: { reply: ['AW', 'Antw', 'Antwort'], forward: ['WG'] },
  /** Swedish: Svar / Vidarebefordrat */
  sv: { reply: ['SV'], forward: ['VB'] },
  /** Norwegian Bokmål: Svar / Videresend (new Outlook spells it out) */
  nb: { reply: ['SV'], forward: ['VS', 'Videresend'] },
  /** Danish: Svar / Videresend */
  da: { reply: ['SV'], forward: ['VS', 'Videresend'] },
  /** Italian: Risposta / Riferimento / Inoltro (Outlook "R:" and "I:", older "RIF:") */
  it: { reply: ['R', 'RIF'], forward: ['I'] },
  /** French: RE / Transféré */
  fr: { reply: ['RE'], forward: ['TR'] },
  /** Spanish: RE / Reenviado */
  es: { reply: ['RE'], forward: ['RV'] },
  /** Dutch: Antwoord / Doorsturen (older Outlook, Thunderbird); current Outlook writes RE / FW */
  nl: { reply: ['Antw'], forward: ['Doorst'] },
  /** Polish: Odpowiedź / Przekazanie dalej */
  pl: { reply: ['Odp'], forward: ['PD'] },
  /** Finnish: Vastaus / Välitetty */
  fi: { reply: ['VS'], forward: ['VL'] },
  /** Portuguese: Resposta / Encaminhado */
  pt: { reply: ['RES'], forward: ['ENC'] },
  /** Czech: Odpověď (Outlook forwards with FW) */
  cs: { reply: ['Odp'], forward: [] },
  /** Hungarian: Válasz / Továbbítás */
  hu: { reply: ['VÁ'], forward: ['TOV'] },
  /** Turkish: Yanıt / İlet (dotted capital I, which no case folding maps to "i") */
  tr: { reply: ['YNT'], forward: ['İLT', 'ILT'] },
  /** Romanian: Outlook.com's "Redir.:" (the dot is part of it) */
  ro: { reply: [], forward: ['Redir'] },
  /** Greek: Απάντηση / Σχετικό / Προώθηση */
  el: { reply: ['ΑΠ', 'ΣΧΕΤ'], forward: ['ΠΡΘ'] },
  /** Hebrew */
  he: { reply: ['תגובה'], forward: ['הועבר'] },
  /** Chinese (simplified and traditional); a full-width colon is folded to ":" first */
  zh: { reply: ['回复', '回覆', '答复'], forward: ['转发', '轉寄', '转寄'] },
};

/** Every prefix once, longest first so that "Antwort" is tried before "Antw". */
export const ALL_SUBJECT_PREFIXES: readonly string[] = [
  ...new Set(Object.values(SUBJECT_PREFIXES).flatMap((p) => [...p.reply, ...p.forward])),
].sort((a, b) => b.length - a.length);

/**
 * Tags that mail gateways put before the subject of mail from outside the company ("[EXT]",
 * "[EXTERNAL]", ...). The customer's copy never has them and ours does, so they would split a
 * conversation; they are stripped wherever they stand among the prefixes. Other bracketed tags
 * (mailing-list names, ticket numbers) are kept: they are part of what the conversation is about.
 */
export const EXTERNAL_SENDER_TAGS: readonly string[] = [
  'EXT',
  'EXTERNAL',
  'EXTERNAL EMAIL',
  'EXTERNAL E-MAIL',
  'EXTERNAL MAIL',
  'EXTERNAL SENDER',
  'EXTERN',
  'EXTERNE',
  'EXTERNO',
  'ESTERNO',
  'EKSTERN',
  'EXTERNE MAIL',
];
