/**
 * The guided start (shown while no account is saved): 1 the account and its servers, tested;
 * 2 the company BCC address and the drop box; 3 save, then the BCC address to copy. When the
 * account already holds a Blindcopy CRM (R8.3: its sync folder has messages), the offer to
 * restore it comes between saving and the BCC address.
 * Passwords stay in memory only until saved, and are never shown again.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { accountConfigOf } from '../common/account/accountDraft';
import { companyBccOf } from '../common/account/companyBccDraft';
import { useSaveAccount } from '../common/account/useSaveAccount';
import { AccountStep } from './AccountStep';
import { DoneStep } from './DoneStep';
import { DropboxStep } from './DropboxStep';
import { RestoreStep } from './RestoreStep';
import { SaveStep } from './SaveStep';
import { StepList, type SetupStep } from './StepList';
import { useAccountSetup } from './useAccountSetup';
import { useDiscovery } from './useDiscovery';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';
import '../../styles/firstRun.css';

export interface FirstRunProps {
  /** the account was saved and the user asked to go on */
  onDone(account: AccountView): void;
}

export function FirstRun({ onDone }: FirstRunProps) {
  const { t } = useTranslation();
  const setup = useAccountSetup();
  const discovery = useDiscovery();
  const saving = useSaveAccount();
  const [step, setStep] = useState<SetupStep>('account');
  /** the account as saved last (the restore step may save it again) */
  const [saved, setSaved] = useState<AccountView | undefined>(undefined);
  const [checkingFolder, setCheckingFolder] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);

  // A new step moves keyboard focus (and the screen reader) to its heading.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  async function save(): Promise<void> {
    const { draft } = setup;
    const companyBcc = companyBccOf(undefined, setup.bcc);
    const config = companyBcc && accountConfigOf(draft, companyBcc);
    if (!config) return;
    const passwords = {
      imap: draft.imap.password,
      smtp: setup.smtpPassword,
      ...(draft.dropbox.mode === 'login' ? { dropbox: draft.dropbox.server.password } : {}),
    };
    const outcome = await saving.save(config, passwords);
    if (outcome.status === 'saved') {
      setup.forgetPasswords();
      setSaved(outcome.account);
      setStep((await existingCrmMessages()) > 0 ? 'restore' : 'done');
    }
  }

  /** R8.3: messages in the account's sync folder, written by another computer; 0 when unknown */
  async function existingCrmMessages(): Promise<number> {
    setCheckingFolder(true);
    try {
      const info = await api().invoke('replication:folderInfo', {});
      return info.exists ? info.messages : 0;
    } catch (err) {
      // handled: without an answer there is nothing to offer; the copy on the server still merges later
      reportError('replication:folderInfo in the first run', err);
      return 0;
    } finally {
      setCheckingFolder(false);
    }
  }

  const savedConfig = saved?.config;

  return (
    <div className="first-run">
      <main className="first-run-main" data-testid="first-run">
        <header className="first-run-header">
          <div className="first-run-brand">Blindcopy</div>
          <h1>{t('firstRun.title')}</h1>
          <p className="section-text">{t('firstRun.intro')}</p>
        </header>
        <StepList current={step} />
        <div className="first-run-card">
          {step === 'account' && <AccountStep setup={setup} discovery={discovery} headingRef={headingRef} onContinue={() => setStep('dropbox')} />}
          {step === 'dropbox' && (
            <DropboxStep setup={setup} headingRef={headingRef} onBack={() => setStep('account')} onContinue={() => setStep('save')} />
          )}
          {step === 'save' && (
            <SaveStep
              setup={setup}
              saveState={checkingFolder ? { status: 'saving' } : saving.state}
              headingRef={headingRef}
              onBack={() => setStep('dropbox')}
              onSave={() => void save()}
            />
          )}
          {step === 'restore' && saved && savedConfig && (
            <RestoreStep
              account={{ ...saved, config: savedConfig }}
              headingRef={headingRef}
              onContinue={(account) => {
                setSaved(account);
                setStep('done');
              }}
            />
          )}
          {step === 'done' && saved && savedConfig && (
            <DoneStep bccAddress={savedConfig.companyBcc.address} headingRef={headingRef} onOpen={() => onDone(saved)} />
          )}
        </div>
      </main>
    </div>
  );
}
