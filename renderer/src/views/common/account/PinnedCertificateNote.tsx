/** Says that a certificate is trusted for this server, and lets the user stop trusting it. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import type { PinnedCertificate } from './serverDraft';

export function PinnedCertificateNote({ pinned, onForget }: { pinned: PinnedCertificate; onForget(): void }) {
  const { t } = useTranslation();
  const short = pinned.sha256.split(':').slice(0, 6).join(':');
  return (
    <p className="pinned-note">
      {t('settings.certificate.pinned')}{' '}
      <code className="fingerprint" title={pinned.sha256}>
        {short}…
      </code>
      <Button variant="quiet" onClick={onForget}>
        {t('settings.certificate.forget')}
      </Button>
    </p>
  );
}
