import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeSubject } from '../../../shared/rules/subject';
import { SUBJECT_PREFIXES } from '../../../shared/rules/subjectPrefixes';

describe('R9.2 normalizeSubject', () => {
  it.each([
    // [rule case, subject, key]
    ['plain subject is lower-cased', 'Offer for ACME', 'offer for acme'],
    ['whitespace collapsed and trimmed', '  Offer \t for\n ACME  ', 'offer for acme'],
    ['en Re', 'Re: quote', 'quote'],
    ['en RE upper case', 'RE: quote', 'quote'],
    ['en Fwd', 'Fwd: quote', 'quote'],
    ['en FW', 'FW: quote', 'quote'],
    ['repeated mixed prefixes', 'Re: Fwd: RE: re: quote', 'quote'],
    ['no space after the colon', 'Re:Re:quote', 'quote'],
    ['numbered Re[2]', 'RE[2]: quote', 'quote'],
    ['numbered Re(3)', 'Re(3): quote', 'quote'],
    ['numbered Re^2', 'Re^2: quote', 'quote'],
    ['French space before the colon', 'RE : TR : devis', 'devis'],
    ['de AW WG', 'AW: WG: Angebot', 'angebot'],
    ['de Antw', 'Antw: Angebot', 'angebot'],
    ['de Lotus Notes Antwort', 'Antwort: Angebot', 'angebot'],
    ['sv SV Re', 'SV: Re: offert', 'offert'],
    ['sv VB', 'VB: offert', 'offert'],
    ['nb SV VS', 'SV: VS: tilbud', 'tilbud'],
    ['nb new Outlook Videresend', 'Videresend: tilbud', 'tilbud'],
    ['da Vs', 'Vs: tilbud', 'tilbud'],
    ['it R I', 'R: I: preventivo', 'preventivo'],
    ['it RIF', 'RIF: preventivo', 'preventivo'],
    ['pl Odp Re', 'Odp: Re: oferta', 'oferta'],
    ['pl PD', 'PD: oferta', 'oferta'],
    ['fi VS Re', 'VS: Re: tarjous', 'tarjous'],
    ['fi VL', 'VL: tarjous', 'tarjous'],
    ['fr TR Re', 'TR: Re: devis', 'devis'],
    ['es RV RE', 'RV: RE: presupuesto', 'presupuesto'],
    ['nl Antw', 'Antw: offerte', 'offerte'],
    ['nl Doorst', 'Doorst: offerte', 'offerte'],
    ['pt RES ENC', 'RES: ENC: proposta', 'proposta'],
    ['tr İLT YNT', 'İLT: YNT: teklif', 'teklif'],
    ['ro Redir.', 'Redir.: ofertă', 'ofertă'],
    ['hu VÁ TOV', 'VÁ: TOV: ajánlat', 'ajánlat'],
    ['el ΑΠ', 'ΑΠ: προσφορά', 'προσφορά'],
    ['zh full-width colon', '回复：报价', '报价'],
    ['external-sender tag', '[EXT] Re: quote', 'quote'],
    ['external tag between prefixes', 'WG: [EXTERNAL] AW: Angebot', 'angebot'],
    ['external tag with spaces and colon', '[External Sender]: Re: quote', 'quote'],
    ['other bracketed tag kept, prefixes after it stripped', '[acme-list] Re: quote', '[acme-list] quote'],
    ['other bracketed tag after a prefix', 'Re: [acme-list] quote', '[acme-list] quote'],
    ['ticket tag kept', 'Re: [#1234] broken login', '[#1234] broken login'],
    ['old forward wrapper', '[Fwd: quote]', 'quote'],
    ['trailing (fwd)', 'quote (fwd)', 'quote'],
    ['only prefixes leave an empty key', 'Re: Fwd:', ''],
    ['empty subject', '', ''],
    ['a bracketed subject alone stays', '[urgent]', '[urgent]'],
  ])('R9.2 %s: %j → %j', (_name, subject, key) => {
    expect(normalizeSubject(subject)).toBe(key);
  });

  it.each([
    ['Re-design plan', 're-design plan'],
    ['Re design plan', 're design plan'],
    ['I think we agree', 'i think we agree'],
    ['R&D: budget', 'r&d: budget'],
    ['Resume: final', 'resume: final'],
    ['Fwdx: hello', 'fwdx: hello'],
    ['Review: contract', 'review: contract'],
    ['Re 2: sequel', 're 2: sequel'],
    ['Antwerp: visit', 'antwerp: visit'],
  ])('R9.2 does not over-strip %j', (subject, key) => {
    expect(normalizeSubject(subject)).toBe(key);
  });

  it('R9.2 every listed prefix is stripped, in any case, with a colon', () => {
    const all = Object.values(SUBJECT_PREFIXES).flatMap((p) => [...p.reply, ...p.forward]);
    expect(all.length).toBeGreaterThan(30);
    for (const prefix of all) {
      expect(normalizeSubject(`${prefix}: Angebot`), prefix).toBe('angebot');
      // (the Turkish dotted İ has no context-free lower case; its dotless spelling ILT is listed)
      if (!prefix.includes('İ')) {
        expect(normalizeSubject(`${prefix.toLowerCase()}: Angebot`), prefix.toLowerCase()).toBe('angebot');
      }
      // without the colon it is a word of the subject
      expect(normalizeSubject(`${prefix} Angebot`), `${prefix} without colon`).toBe(`${prefix} Angebot`.toLowerCase());
    }
  });

  it('R9.2 covers en, de, sv, nb, da, it, fr, es, nl, pl, fi', () => {
    for (const lang of ['en', 'de', 'sv', 'nb', 'da', 'it', 'fr', 'es', 'nl', 'pl', 'fi']) {
      expect(SUBJECT_PREFIXES[lang], lang).toBeDefined();
    }
  });
});

describe('R9.2 normalizeSubject on real clients (../shared/corpora/forwarded-bodies)', () => {
  // new Outlook and Outlook.com subjects of a forwarded message in ~20 languages
  const dir = fileURLToPath(new URL('../../../../shared/corpora/forwarded-bodies/', import.meta.url));
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /_subject.*\.txt$/.test(f)) : [];

  it('R9.2 the corpus is there', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('R9.2 %s normalizes to the original subject', (file) => {
    const subject = readFileSync(join(dir, file), 'utf8');
    expect(normalizeSubject(subject)).toBe('integer consequat non purus');
  });
});
