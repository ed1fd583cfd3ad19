/**
 * R2.1 which address compose adds for the CRM copy. The company BCC address follows the setting
 * (always / ask / never); an item address wins over it, in every mode: composing from a deal or
 * lead, or choosing one, is the user asking for exactly this copy, so "never" (which is about the
 * automatic company copy) does not suppress it and "ask" has nothing left to ask.
 */
import { z } from 'zod';

export const CrmBccModeSchema = z.enum(['always', 'ask', 'never']);
export type CrmBccMode = z.infer<typeof CrmBccModeSchema>;

export interface CrmBccChoice {
  address: string;
  /** 'ask' mode: compose shows the address and lets the user drop it before sending */
  confirm: boolean;
  source: 'company' | 'item';
}

export function crmBccFor(mode: CrmBccMode, companyAddress: string | undefined, itemAddress?: string): CrmBccChoice | undefined {
  const item = itemAddress?.trim();
  if (item) return { address: item, confirm: false, source: 'item' };
  const company = companyAddress?.trim();
  if (!company || mode === 'never') return undefined;
  return { address: company, confirm: mode === 'ask', source: 'company' };
}
