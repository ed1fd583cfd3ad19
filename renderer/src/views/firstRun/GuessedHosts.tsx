/** The host names guessing probed (R8.2: within the mail domain), each with what it answered. */
import { useTranslation } from 'react-i18next';
import type { GuessedHost } from '../../../../shared/ipc/discovery';

export function GuessedHosts({ guessed, open }: { guessed: readonly GuessedHost[]; open?: boolean }) {
  const { t } = useTranslation();
  const answered = guessed.filter((g) => g.outcome === 'answered').length;
  return (
    <details className="discovery-tried" data-testid="discovery-guessed" open={open}>
      <summary>{t('firstRun.discovery.guessed', { answered, total: guessed.length })}</summary>
      <ul>
        {guessed.map((g) => (
          <li key={`${g.protocol}|${g.host}|${g.port}`} className={g.outcome === 'answered' ? 'guessed-answered' : undefined}>
            {t('firstRun.discovery.guessedLine', {
              protocol: g.protocol.toUpperCase(),
              host: g.host,
              port: g.port,
              security: t(`settings.server.tlsShort.${g.tls}`),
              outcome: t(`firstRun.discovery.probe.${g.outcome}`),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
