/** After saving: the company BCC address to copy (R1.1), and what happens from now on. */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { CopyableText } from '../../components/CopyableText';

export interface DoneStepProps {
  bccAddress: string;
  headingRef: Ref<HTMLHeadingElement>;
  onOpen(): void;
}

export function DoneStep({ bccAddress, headingRef, onOpen }: DoneStepProps) {
  const { t } = useTranslation();
  return (
    <div className="step" role="group" aria-labelledby="first-run-done">
      <h2 id="first-run-done" ref={headingRef} tabIndex={-1}>
        <span aria-hidden="true" className="done-mark">
          ✓
        </span>{' '}
        {t('firstRun.done.title')}
      </h2>
      <p className="section-text">{t('firstRun.done.bccIntro')}</p>
      <CopyableText value={bccAddress} prominent copyLabel={t('common.copy.bccAddress')} testId="bcc-address" />
      <h3>{t('firstRun.done.nextTitle')}</h3>
      <ul className="next-list">
        <li>{t('firstRun.done.nextSend')}</li>
        <li>{t('firstRun.done.nextCapture')}</li>
        <li>{t('firstRun.done.nextOtherClient')}</li>
        <li>{t('firstRun.done.nextReplies')}</li>
      </ul>
      <div className="actions">
        <Button variant="primary" onClick={onOpen}>
          {t('firstRun.done.open')}
        </Button>
      </div>
    </div>
  );
}
