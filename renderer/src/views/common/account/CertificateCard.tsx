/**
 * An untrusted server certificate, shown so the user can check it (ideally the fingerprint,
 * against one their mail administrator gives them) and trust it for this one server.
 */
import { useTranslation } from 'react-i18next';
import type { CertificateInfo } from '../../../../../shared/ipc/connection';
import { Button } from '../../../components/Button';
import { useFormat } from '../../../components/useFormat';
import { Fingerprint } from './Fingerprint';
import '../../../styles/account.css';

export interface CertificateCardProps {
  certificate: CertificateInfo;
  host: string;
  port: string;
  onTrust(certificate: CertificateInfo): void;
  busy?: boolean;
}

export function CertificateCard({ certificate, host, port, onTrust, busy }: CertificateCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const expired = Date.parse(certificate.validTo) < Date.now();
  return (
    <div className="certificate">
      <dl className="certificate-facts">
        <dt>{t('settings.certificate.subject')}</dt>
        <dd>{certificate.subject || '—'}</dd>
        <dt>{t('settings.certificate.issuer')}</dt>
        <dd>{certificate.issuer || '—'}</dd>
        <dt>{t('settings.certificate.valid')}</dt>
        <dd>
          {t('settings.certificate.validRange', { from: format.dateTime(certificate.validFrom), to: format.dateTime(certificate.validTo) })}
          {expired && <strong className="certificate-expired"> {t('settings.certificate.expired')}</strong>}
        </dd>
        <dt>{t('settings.certificate.sha256')}</dt>
        <dd>
          <Fingerprint sha256={certificate.sha256} />
        </dd>
      </dl>
      <p className="certificate-advice">{t('settings.certificate.advice')}</p>
      <Button variant="primary" busy={busy} onClick={() => onTrust(certificate)}>
        {t('settings.certificate.trust')}
      </Button>
      <p className="field-hint">{t('settings.certificate.trustScope', { host: host.trim(), port: port.trim() })}</p>
    </div>
  );
}
