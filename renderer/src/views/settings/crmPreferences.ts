/**
 * The CRM preferences the settings show but do not own: they live in the renderer's CRM store,
 * which hands them in with a way to change them.
 */
import type { LinkingMode, SharingDefault } from '../../../../shared/domain/crm';

export interface CrmPreferences {
  /** R4.4 */
  linkingMode: LinkingMode;
  /** R5.3 */
  sharing: SharingDefault;
}

export interface CrmPreferencesProps extends CrmPreferences {
  /** saves at once; rejects when the store refused */
  onChange(patch: Partial<CrmPreferences>): Promise<void>;
}
