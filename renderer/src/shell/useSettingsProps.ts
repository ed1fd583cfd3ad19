/**
 * What the Settings view needs from outside it: the CRM preferences (kept in the store) and the
 * alternate addresses (kept by main, R6), with the calls that change them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { OwnAddressView } from '../../../shared/rules/send/ownAddresses';
import { api } from '../api/api';
import type { AlternatesProps } from '../views/settings/alternates';
import type { CrmPreferencesProps } from '../views/settings/crmPreferences';
import { useCrmStore } from '../session/sessionContext';

export function usePreferences(): CrmPreferencesProps {
  const store = useCrmStore();
  const linkingMode = useLiveQuery(() => store.settings.get('linkingMode'), [store]) ?? 'automatic';
  const sharing = useLiveQuery(() => store.settings.get('sharingDefault'), [store]) ?? 'private';
  return {
    linkingMode,
    sharing,
    onChange(patch) {
      if (patch.linkingMode) void store.settings.set('linkingMode', patch.linkingMode);
      if (patch.sharing) void store.settings.set('sharingDefault', patch.sharing);
    },
  };
}

function refusal(answer: unknown): Error | undefined {
  if (answer && typeof answer === 'object') {
    if ('refused' in answer && 'message' in answer) return new Error(String(answer.message));
    if ('sent' in answer && answer.sent === false && 'error' in answer) return new Error(String(answer.error));
    if ('ok' in answer && answer.ok === false) return new Error('reason' in answer ? String(answer.reason) : 'refused');
  }
  return undefined;
}

async function checked(call: Promise<unknown>): Promise<void> {
  const error = refusal(await call);
  if (error) throw error;
}

export function useAlternates(): AlternatesProps {
  const [list, setList] = useState<OwnAddressView[]>([]);
  const reload = useCallback(() => {
    api()
      .invoke('addresses:list', {})
      .then(setList)
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    reload();
    const offChanged = api().on('addresses:changed', reload);
    const offConfirmed = api().on('addresses:confirmed', reload);
    return () => {
      offChanged();
      offConfirmed();
    };
  }, [reload]);

  return {
    addresses: list
      .filter((a) => a.status !== 'primary')
      .map((a) => ({ address: a.address, status: a.status === 'verified' ? 'verified' : 'pending', sentAt: a.lastSentAt })),
    onAdd: (address) => checked(api().invoke('addresses:add', { address })).finally(reload),
    onConfirm: (address, code) => checked(api().invoke('addresses:confirmCode', { address, code })).finally(reload),
    onResend: (address) => checked(api().invoke('addresses:resend', { address })).finally(reload),
    onRemove: (address) => checked(api().invoke('addresses:remove', { address })).finally(reload),
  };
}
