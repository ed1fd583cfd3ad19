/** The sync settings as edited (R7.1, R7.2): days kept as typed until saved. */
import { SyncConfigSchema, type SyncConfig } from '../../../../shared/settings/accountConfig';

export interface SyncDraft {
  enabled: boolean;
  mode: 'all' | 'chosen';
  chosen: string[];
  sinceDays: string;
}

export function syncDraftOf(sync: SyncConfig): SyncDraft {
  return {
    enabled: sync.enabled,
    mode: sync.folders === 'all' ? 'all' : 'chosen',
    chosen: sync.folders === 'all' ? [] : [...sync.folders],
    sinceDays: String(sync.sinceDays),
  };
}

/** undefined while the number of days is not a whole number from 1 to 3650 */
export function syncConfigOf(draft: SyncDraft): SyncConfig | undefined {
  const days = draft.sinceDays.trim();
  const parsed = SyncConfigSchema.safeParse({
    enabled: draft.enabled,
    folders: draft.mode === 'all' ? 'all' : draft.chosen,
    sinceDays: /^\d+$/.test(days) ? Number(days) : NaN,
  });
  return parsed.success ? parsed.data : undefined;
}
