/** One alternate address: its state, and confirm-by-code, resend and remove (R6.2, R6.3). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../components/useFormat';
import { useFailureText } from '../common/failureText';
import type { AlternateAddress, AlternatesProps } from './alternates';

type RowAction = 'confirm' | 'resend' | 'remove';

export function AlternateRow({ item, actions }: { item: AlternateAddress; actions: AlternatesProps }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [entering, setEntering] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState<RowAction | undefined>();
  /** what the last action threw, said by failureText */
  const [failed, setFailed] = useState<unknown>();
  const failureText = useFailureText();
  const [resent, setResent] = useState(false);

  async function act(action: RowAction, call: () => Promise<void>): Promise<void> {
    setBusy(action);
    setFailed(undefined);
    try {
      await call();
      if (action === 'resend') setResent(true);
      if (action === 'confirm') setEntering(false);
    } catch (err) {
      setFailed(err);
    } finally {
      setBusy(undefined);
    }
  }

  const { onConfirm, onResend, onRemove } = actions;

  function confirm(event: FormEvent): void {
    event.preventDefault();
    if (onConfirm && code.trim()) void act('confirm', () => onConfirm(item.address, code.trim()));
  }

  return (
    <li className="address-row">
      <div className="address-line">
        <code>{item.address}</code>
        {item.status === 'verified' ? (
          <StatusBadge tone="ok">{t('settings.alternates.verified')}</StatusBadge>
        ) : (
          <StatusBadge tone="warning">{t('settings.alternates.pending')}</StatusBadge>
        )}
        <span className="address-actions">
          {item.status === 'pending' && onConfirm && !entering && (
            <Button variant="quiet" onClick={() => setEntering(true)}>
              {t('settings.alternates.enterCode')}
            </Button>
          )}
          {item.status === 'pending' && onResend && (
            <Button variant="quiet" busy={busy === 'resend'} onClick={() => void act('resend', () => onResend(item.address))}>
              {t('settings.alternates.resend')}
            </Button>
          )}
          {onRemove && (
            <Button
              variant="quiet"
              busy={busy === 'remove'}
              aria-label={t('settings.alternates.removeNamed', { address: item.address })}
              onClick={() => void act('remove', () => onRemove(item.address))}
            >
              {t('settings.alternates.remove')}
            </Button>
          )}
        </span>
      </div>
      {item.status === 'pending' && (
        <p className="field-hint" role="status">
          {resent
            ? t('settings.alternates.resent', { address: item.address })
            : item.sentAt
              ? t('settings.alternates.sentAt', { date: format.dateTime(item.sentAt) })
              : t('settings.alternates.pendingHint')}
        </p>
      )}
      {entering && (
        <form className="code-form" onSubmit={confirm}>
          <Field label={t('settings.alternates.code')} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" spellCheck={false} autoFocus />
          <Button type="submit" variant="primary" busy={busy === 'confirm'}>
            {t('settings.alternates.confirm')}
          </Button>
          <Button variant="quiet" onClick={() => setEntering(false)}>
            {t('common.actions.cancel')}
          </Button>
        </form>
      )}
      {failed !== undefined && (
        <p className="field-error" role="alert">
          {failureText(failed)}
        </p>
      )}
    </li>
  );
}
