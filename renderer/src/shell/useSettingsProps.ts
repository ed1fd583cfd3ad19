/**
 * What the Settings view needs from outside it: the CRM preferences (kept in the store) and the
 * alternate addresses (kept by main, R6), with the calls that change them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { OwnAddressView } from '../../../shared/rules/send/ownAddresses';
import { failure } from '../../../shared/failures/failure';
import type { AddAddressResult } from '../../../shared/ipc/calls/addresses';
import { api } from '../api/api';
import { reportError } from '../api/reportError';
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
    async onChange(patch) {
      if (patch.linkingMode) await store.settings.set('linkingMode', patch.linkingMode);
      if (patch.sharing) await store.settings.set('sharingDefault', patch.sharing);
    },
  };
}

/** A refusal arrives as a Failure from api(); an address added whose confirmation mail did not go out is one too. */
async function sent(call: Promise<AddAddressResult>): Promise<void> {
  const answer = await call;
  if (!answer.sent) throw failure('confirmation-not-sent', 'the confirmation email could not be sent', { reason: answer.error });
}

export function useAlternates(): AlternatesProps {
  const [list, setList] = useState<OwnAddressView[]>([]);
  const reload = useCallback(() => {
    api()
      .invoke('addresses:list', {})
      .then(setList)
      .catch((err: unknown) => reportError('addresses:list', err));
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
    onAdd: (address) => sent(api().invoke('addresses:add', { address })).finally(reload),
    onConfirm: async (address, code) => {
      await api().invoke('addresses:confirmCode', { address, code }).finally(reload);
    },
    onResend: (address) => sent(api().invoke('addresses:resend', { address })).finally(reload),
    onRemove: async (address) => {
      await api().invoke('addresses:remove', { address }).finally(reload);
    },
  };
}
