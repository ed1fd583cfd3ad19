import type { English } from '../en';

export const system: English['system'] = {
  update: {
    ready: 'Blindcopy {{version}} är redo att installeras.',
    readyAdvice: 'Uppdateringen hämtades i bakgrunden. Omstarten tar några sekunder; ditt arbete sparas.',
    restart: 'Starta om och uppdatera',
    notRestarted: 'Uppdateringen kunde inte startas. Den installeras nästa gång du avslutar Blindcopy.',
  },
  startup: {
    title: 'Den här datorn',
    openAtLogin: 'Starta Blindcopy när jag loggar in',
    openAtLoginHint: 'Blindcopy öppnas då när du loggar in och hämtar din e-post direkt.',
    unsupported: 'Ditt system låter inte appar starta sig själva vid inloggning. Lägg i stället till Blindcopy bland skrivbordets autostartprogram.',
    failed: 'Inställningen kunde inte ändras.',
  },
};
