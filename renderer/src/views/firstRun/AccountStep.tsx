/**
 * Step 1: the address (and name), the servers (found by autodiscovery, or typed), the password,
 * and a connection test of both servers that must pass before going on.
 */
import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { isEmailAddress } from '../common/account/accountDraft';
import { ServerBlock } from '../common/account/ServerBlock';
import { isServerComplete } from '../common/account/serverDraft';
import { DiscoveryNotice } from './DiscoveryNotice';
import type { AccountSetup } from './useAccountSetup';
import type { Discovery } from './useDiscovery';

export interface AccountStepProps {
  setup: AccountSetup;
  discovery: Discovery;
  headingRef: Ref<HTMLHeadingElement>;
  onContinue(): void;
}

export function AccountStep({ setup, discovery, headingRef, onContinue }: AccountStepProps) {
  const { t } = useTranslation();
  const { draft, tests } = setup;
  const [manual, setManual] = useState(false);
  const [emailChecked, setEmailChecked] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const status = discovery.state.status;
  // While servers outside the mail domain wait for the user's word, nothing can be tested: no
  // server fields, no test button, so no password leaves (R8.2).
  const serversShown = status !== 'confirm' && (manual || status === 'found' || status === 'not-found' || status === 'declined' || draft.imap.host !== '');
  const emailValid = isEmailAddress(draft.email);
  const emailError =
    (emailChecked && !emailValid) || discovery.state.status === 'invalid-email' ? t('firstRun.account.emailInvalid') : undefined;
  const passwordError = showProblems && !draft.imap.password ? t('firstRun.account.passwordMissing') : undefined;
  const testing = tests.imap.state.status === 'testing' || tests.smtp.state.status === 'testing';
  const passed = tests.imap.state.status === 'ok' && tests.smtp.state.status === 'ok';

  async function findServers(): Promise<void> {
    setEmailChecked(true);
    if (!emailValid) return;
    const found = await discovery.discover(draft.email);
    if (found) setup.applyDiscovered(found);
  }

  function acceptServers(): void {
    const accepted = discovery.accept();
    if (accepted) setup.applyDiscovered(accepted);
  }

  function declineServers(): void {
    discovery.decline();
    setManual(true);
  }

  function testConnection(): void {
    setEmailChecked(true);
    setShowProblems(true);
    if (!emailValid || !draft.imap.password || !isServerComplete(draft.imap) || !isServerComplete(draft.smtp)) return;
    setup.testAccount();
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (serversShown) testConnection();
    else void findServers();
  }

  return (
    <form className="step" onSubmit={submit} noValidate aria-labelledby="first-run-account">
      <h2 id="first-run-account" ref={headingRef} tabIndex={-1}>
        {t('firstRun.account.title')}
      </h2>
      <p className="section-text">{t('firstRun.account.intro')}</p>
      <div className="field-row">
        <Field
          label={t('firstRun.account.email')}
          type="email"
          value={draft.email}
          onChange={(e) => setup.setEmail(e.target.value)}
          placeholder={t('firstRun.account.emailExample')}
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="off"
          error={emailError}
          required
        />
        <Field
          label={t('firstRun.account.name')}
          hint={t('firstRun.account.nameHint')}
          value={draft.displayName}
          onChange={(e) => setup.setDisplayName(e.target.value)}
          autoComplete="name"
        />
      </div>
      <Field
        className="field-half"
        label={t('firstRun.account.password')}
        hint={t('firstRun.account.passwordHint')}
        type="password"
        value={draft.imap.password}
        onChange={(e) => setup.setPassword(e.target.value)}
        autoComplete="current-password"
        error={passwordError}
        required
      />
      {!serversShown && status !== 'confirm' && (
        <div className="actions">
          <Button type="submit" variant="primary" busy={discovery.state.status === 'searching'}>
            {t('firstRun.account.findServers')}
          </Button>
          <Button variant="quiet" onClick={() => setManual(true)}>
            {t('firstRun.account.manual')}
          </Button>
        </div>
      )}
      <DiscoveryNotice state={discovery.state} onAccept={acceptServers} onDecline={declineServers} />
      {serversShown && (
        <>
          <div className="server-grid">
            <ServerBlock
              kind="imap"
              testId="server-imap"
              title={t('settings.server.imapTitle')}
              description={t('settings.server.imapText')}
              value={draft.imap}
              onChange={(next) => setup.setServer('imap', next)}
              showProblems={showProblems}
              test={tests.imap.state}
              onTrust={(cert) => setup.trust('imap', cert)}
            />
            <ServerBlock
              kind="smtp"
              testId="server-smtp"
              title={t('settings.server.smtpTitle')}
              description={t('settings.server.smtpText')}
              value={draft.smtp}
              onChange={(next) => setup.setServer('smtp', next)}
              password={{ label: t('firstRun.account.smtpPassword'), hint: t('firstRun.account.smtpPasswordHint') }}
              showProblems={showProblems}
              test={tests.smtp.state}
              onTrust={(cert) => setup.trust('smtp', cert)}
            />
          </div>
          <div className="actions actions-split">
            <div className="actions">
              <Button type="submit" variant={passed ? 'secondary' : 'primary'} busy={testing}>
                {t('firstRun.account.test')}
              </Button>
              {discovery.state.status !== 'searching' && (
                <Button variant="quiet" onClick={() => void findServers()}>
                  {discovery.state.status === 'idle' ? t('firstRun.account.findServers') : t('firstRun.account.findAgain')}
                </Button>
              )}
            </div>
            <div className="actions">
              {!passed && <span className="field-hint">{t('firstRun.account.testFirst')}</span>}
              <Button variant={passed ? 'primary' : 'secondary'} disabled={!passed} onClick={onContinue}>
                {t('firstRun.continue')}
              </Button>
            </div>
          </div>
        </>
      )}
    </form>
  );
}
