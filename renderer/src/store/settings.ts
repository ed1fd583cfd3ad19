/**
 * The CRM's settings, one row per key in the settings table, each validated with zod on the way
 * in and on the way out. A stored value that no longer parses (hand-edited, or from a future
 * version) reads as the default instead of breaking the app.
 */
import { z } from 'zod';
import {
  CompanyBccSchema,
  LinkingModeSchema,
  SharingDefaultSchema,
  type CompanyBcc,
  type LinkingMode,
  type SharingDefault,
} from '../../../shared/domain/crm';
import { changeCompanyBcc } from '../../../shared/rules/companyAddress';
import { ADDRESS_SHAPE, normalizeAddress } from '../../../shared/rules/emailAddress';
import type { BlindcopyDb } from '../db/database';
import type { StoreContext } from './context';
import { invalid } from './errors';
import { itemTables } from './items/itemActions';
import { recordOps } from './replication/record';

const addressSchema = z.string().min(3).max(320).regex(ADDRESS_SHAPE, 'an email address');

/** R6: the account's address first (R6.4), then alternates, confirmed or waiting. */
export const OwnAddressesSchema = z.object({
  primary: addressSchema,
  verified: z.array(addressSchema),
  pending: z.array(addressSchema),
});
export type OwnAddresses = z.infer<typeof OwnAddressesSchema>;

export interface SettingValues {
  /** the local user's id: the owner of what this machine captures */
  userId: string | undefined;
  /** R4.4 */
  linkingMode: LinkingMode;
  /** R5.3 */
  sharingDefault: SharingDefault;
  /** R1.2: the drop-box address and its aliases */
  companyBcc: CompanyBcc | undefined;
  /** R1.3: the sub-addressing delimiter of item addresses */
  delimiter: string;
  /** R3.3 / R6 */
  ownAddresses: OwnAddresses | undefined;
}
export type SettingKey = keyof SettingValues;

type Schemas = { [K in SettingKey]: z.ZodType<Exclude<SettingValues[K], undefined>> };

const SCHEMAS: Schemas = {
  userId: z.string().min(1).max(200),
  linkingMode: LinkingModeSchema,
  sharingDefault: SharingDefaultSchema,
  companyBcc: CompanyBccSchema,
  delimiter: z.string().regex(/^[+\-=_.]$/, 'one of + - = _ .'),
  ownAddresses: OwnAddressesSchema,
};

/**
 * Defaults: automatic linking as in the source product; sharing off until the user chooses it,
 * because nothing should become visible to colleagues without a decision (R5.3 leaves it open).
 */
export const SETTING_DEFAULTS: SettingValues = {
  userId: undefined,
  linkingMode: 'automatic',
  sharingDefault: 'private',
  companyBcc: undefined,
  delimiter: '+',
  ownAddresses: undefined,
};

export async function getSetting<K extends SettingKey>(db: BlindcopyDb, key: K): Promise<SettingValues[K]> {
  const row = await db.settings.get(key);
  if (row === undefined) return SETTING_DEFAULTS[key];
  const parsed = SCHEMAS[key].safeParse(row.value);
  return parsed.success ? parsed.data : SETTING_DEFAULTS[key];
}

export async function getAllSettings(db: BlindcopyDb): Promise<SettingValues> {
  const [userId, linkingMode, sharingDefault, companyBcc, delimiter, ownAddresses] = await Promise.all([
    getSetting(db, 'userId'),
    getSetting(db, 'linkingMode'),
    getSetting(db, 'sharingDefault'),
    getSetting(db, 'companyBcc'),
    getSetting(db, 'delimiter'),
    getSetting(db, 'ownAddresses'),
  ]);
  return { userId, linkingMode, sharingDefault, companyBcc, delimiter, ownAddresses };
}

export async function setSetting<K extends SettingKey>(
  db: BlindcopyDb,
  key: K,
  value: Exclude<SettingValues[K], undefined>,
): Promise<void> {
  const parsed = SCHEMAS[key].safeParse(value);
  if (!parsed.success) throw invalid(`setting ${key}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  await db.settings.put({ key, value: parsed.data });
}

/** Lower-case, no duplicates, the primary never repeated among the alternates. */
export function normalizeOwnAddresses(own: OwnAddresses): OwnAddresses {
  const primary = normalizeAddress(own.primary);
  const verified = [...new Set(own.verified.map(normalizeAddress))].filter((a) => a !== primary);
  const pending = [...new Set(own.pending.map(normalizeAddress))].filter((a) => a !== primary && !verified.includes(a));
  return { primary, verified, pending };
}

/** Typed access to the settings for the views; the capture path reads them inside its transaction. */
export interface CrmSettings {
  get<K extends SettingKey>(key: K): Promise<SettingValues[K]>;
  getAll(): Promise<SettingValues>;
  set<K extends SettingKey>(key: K, value: Exclude<SettingValues[K], undefined>): Promise<void>;
  /** R1.2: derive the company BCC address from the domain; the previous one becomes an alias */
  setCompanyDomain(domain: string, localPart?: string): Promise<CompanyBcc>;
  /** R6.4: the account's own address */
  setPrimaryAddress(address: string): Promise<OwnAddresses>;
  /** R6.2: a new alternate starts pending, until confirmed (`store.confirmAlternateAddress`) */
  addAlternateAddress(address: string): Promise<OwnAddresses>;
  /** R6.3: remove an alternate, pending or confirmed */
  removeAlternateAddress(address: string): Promise<OwnAddresses>;
}

/** R8.3 settings of the CRM, not of the machine: replicated (operations.ts CrmSettingSchema). */
const REPLICATED: ReadonlySet<SettingKey> = new Set(['linkingMode', 'sharingDefault']);

/** A CRM setting and its operation, in one transaction; an unchanged value records nothing. */
async function setReplicated<K extends SettingKey>(ctx: StoreContext, key: K, value: Exclude<SettingValues[K], undefined>): Promise<void> {
  await ctx.db.transaction('rw', itemTables(ctx), async () => {
    const before = await ctx.db.settings.get(key);
    await setSetting(ctx.db, key, value);
    if (before?.value === value) return;
    if (key === 'linkingMode' || key === 'sharingDefault') await recordOps(ctx, [{ kind: 'setting.set', key, payload: { value: String(value) } }]);
  });
}

/** `ctx`: the store's, so the CRM's own settings are recorded for replication (R8.3). */
export function createSettings(db: BlindcopyDb, ctx?: StoreContext): CrmSettings {
  const updateOwn = (change: (own: OwnAddresses) => OwnAddresses) =>
    db.transaction('rw', db.settings, async () => {
      const current = await getSetting(db, 'ownAddresses');
      if (!current) throw invalid('set the account address first (R6.4)');
      const next = normalizeOwnAddresses(change(current));
      await setSetting(db, 'ownAddresses', next);
      return next;
    });

  return {
    get: (key) => getSetting(db, key),
    getAll: () => getAllSettings(db),
    set: (key, value) => (ctx && REPLICATED.has(key) ? setReplicated(ctx, key, value) : setSetting(db, key, value)),
    setCompanyDomain: (domain, localPart) =>
      db.transaction('rw', db.settings, async () => {
        let next: CompanyBcc;
        try {
          next = changeCompanyBcc(await getSetting(db, 'companyBcc'), domain, localPart);
        } catch (error) {
          throw invalid(error instanceof Error ? error.message : String(error));
        }
        await setSetting(db, 'companyBcc', next);
        return next;
      }),
    setPrimaryAddress: (address) =>
      db.transaction('rw', db.settings, async () => {
        const current = await getSetting(db, 'ownAddresses');
        const next = normalizeOwnAddresses({ primary: address, verified: current?.verified ?? [], pending: current?.pending ?? [] });
        await setSetting(db, 'ownAddresses', next);
        return next;
      }),
    addAlternateAddress: (address) => updateOwn((own) => ({ ...own, pending: [...own.pending, address] })),
    removeAlternateAddress: (address) =>
      updateOwn((own) => {
        const a = normalizeAddress(address);
        return { ...own, verified: own.verified.filter((v) => v !== a), pending: own.pending.filter((p) => p !== a) };
      }),
  };
}
