/**
 * What autodiscovery found, and from where; or that nothing was found, and what was tried; or
 * servers outside the mail domain, named, that wait for the user to accept or decline them.
 */
import { useTranslation } from 'react-i18next';
import type { GuessedHost } from '../../../../shared/ipc/discovery';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { StatusBadge } from '../../components/StatusBadge';
import { GuessedHosts } from './GuessedHosts';
import type { DiscoveryState } from './useDiscovery';

export interface DiscoveryNoticeProps {
  state: DiscoveryState;
  onAccept(): void;
  onDecline(): void;
}

/** The guessed hosts that answered, each once ("imap.acme.com, smtp.acme.com"). */
function answeredHosts(guessed: readonly GuessedHost[] | undefined): string {
  return [...new Set((guessed ?? []).filter((g) => g.outcome === 'answered').map((g) => g.host))].join(', ');
}

export function DiscoveryNotice({ state, onAccept, onDecline }: DiscoveryNoticeProps) {
  const { t } = useTranslation();
  switch (state.status) {
    case 'idle':
    case 'invalid-email':
      return null;
    case 'searching':
      return (
        <p role="status" className="discovery-status">
          <StatusBadge tone="busy">{t('firstRun.discovery.searching')}</StatusBadge>
        </p>
      );
    case 'found':
      return (
        <Notice tone="success" announce="status" testId="discovery-result" title={t('firstRun.discovery.found', { domain: state.domain })}>
          <p>{t(`firstRun.discovery.source.${state.source}`, { domain: state.domain, hosts: answeredHosts(state.guessed) })}</p>
          <p>{t('firstRun.discovery.foundAdvice')}</p>
          {state.guessed && <GuessedHosts guessed={state.guessed} />}
        </Notice>
      );
    case 'confirm':
      return (
        <Notice tone="warning" announce="alert" testId="discovery-confirm" title={t('firstRun.discovery.confirm.title', { domain: state.domain })}>
          <p>{t('firstRun.discovery.confirm.text', { hosts: state.hosts.join(', '), domain: state.domain })}</p>
          <p>{t('firstRun.discovery.confirm.advice')}</p>
          <div className="actions">
            <Button variant="secondary" onClick={onAccept}>
              {t('firstRun.discovery.confirm.accept', { hosts: state.hosts.join(', ') })}
            </Button>
            <Button variant="quiet" onClick={onDecline}>
              {t('firstRun.discovery.confirm.decline')}
            </Button>
          </div>
        </Notice>
      );
    case 'declined':
      return (
        <Notice tone="info" announce="status" testId="discovery-result" title={t('firstRun.discovery.declined', { domain: state.domain })}>
          <p>{t('firstRun.discovery.notFoundAdvice')}</p>
        </Notice>
      );
    case 'not-found':
      return (
        <Notice tone="info" announce="status" testId="discovery-result" title={t('firstRun.discovery.notFound', { domain: state.domain })}>
          <p>{t('firstRun.discovery.notFoundAdvice')}</p>
          {answeredHosts(state.guessed) && <p>{t('firstRun.discovery.partial', { hosts: answeredHosts(state.guessed) })}</p>}
          {state.tried.length > 0 && (
            <details className="discovery-tried">
              <summary>{t('firstRun.discovery.tried')}</summary>
              <ul>
                {state.tried.map((tried) => (
                  <li key={tried.source}>
                    {t(`firstRun.discovery.sourceName.${tried.source}`, { domain: state.domain })}: {t(`firstRun.discovery.reason.${tried.reason}`)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {state.guessed && <GuessedHosts guessed={state.guessed} />}
        </Notice>
      );
    case 'core-error':
      return (
        <Notice tone="error" announce="alert" title={t('common.coreError.title')}>
          <p>{t('firstRun.discovery.coreError')}</p>
        </Notice>
      );
  }
}
