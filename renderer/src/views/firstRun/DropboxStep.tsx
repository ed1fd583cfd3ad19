/**
 * Step 2: the company BCC address (what it is for) and the drop box it delivers to: a folder of
 * the account, or a separate login that must pass its connection test.
 */
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { CompanyBccFields } from '../common/account/CompanyBccFields';
import { DropboxFields } from '../common/account/DropboxFields';
import { dropboxConfigOf } from '../common/account/dropboxDraft';
import { isServerComplete } from '../common/account/serverDraft';
import type { AccountSetup } from './useAccountSetup';

export interface DropboxStepProps {
  setup: AccountSetup;
  headingRef: Ref<HTMLHeadingElement>;
  onBack(): void;
  onContinue(): void;
}

export function DropboxStep({ setup, headingRef, onBack, onContinue }: DropboxStepProps) {
  const { t } = useTranslation();
  const { draft, tests } = setup;
  const [showProblems, setShowProblems] = useState(false);
  const login = draft.dropbox.mode === 'login';
  const complete = Boolean(setup.bccAddress && dropboxConfigOf(draft.dropbox));
  const ready = complete && (!login || tests.dropbox.state.status === 'ok');
  const imapState = tests.imap.state;

  function testLogin(): void {
    setShowProblems(true);
    if (isServerComplete(draft.dropbox.server) && draft.dropbox.server.password) setup.testDropbox();
  }

  function next(): void {
    setShowProblems(true);
    if (ready) onContinue();
  }

  return (
    <div className="step" role="group" aria-labelledby="first-run-dropbox">
      <h2 id="first-run-dropbox" ref={headingRef} tabIndex={-1}>
        {t('firstRun.dropbox.title')}
      </h2>
      <p className="section-text">{t('firstRun.dropbox.intro')}</p>

      <section className="subsection" aria-labelledby="first-run-bcc">
        <h3 id="first-run-bcc">{t('settings.bcc.title')}</h3>
        <p className="section-text">{t('settings.bcc.purpose')}</p>
        <CompanyBccFields value={setup.bcc} onChange={setup.setBcc} showProblems={showProblems} />
      </section>

      <section className="subsection" aria-labelledby="first-run-dropbox-where">
        <h3 id="first-run-dropbox-where">{t('settings.dropbox.title')}</h3>
        <p className="section-text">{t('settings.dropbox.purpose')}</p>
        <DropboxFields
          value={draft.dropbox}
          onChange={setup.setDropbox}
          accountServer={draft.imap}
          loginUser={setup.bccAddress ?? ''}
          accountFolders={imapState.status === 'ok' ? imapState.mailboxes : undefined}
          loginPassword={{ label: t('settings.dropbox.password') }}
          loginTest={tests.dropbox.state}
          onTestLogin={testLogin}
          onTrust={(cert) => setup.trust('dropbox', cert)}
          showProblems={showProblems}
        />
        {showProblems && login && draft.dropbox.server.password === '' && <p className="field-error">{t('settings.dropbox.passwordMissing')}</p>}
      </section>

      <div className="actions actions-split">
        <Button onClick={onBack}>{t('firstRun.back')}</Button>
        <div className="actions">
          {login && tests.dropbox.state.status !== 'ok' && <span className="field-hint">{t('firstRun.dropbox.testFirst')}</span>}
          <Button variant="primary" onClick={next}>
            {t('firstRun.continue')}
          </Button>
        </div>
      </div>
    </div>
  );
}
