/** The message's attachments with their sizes, each downloaded only when asked for. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../../shared/domain/mail';
import { Button } from '../../components/Button';
import { PaperclipIcon } from '../../components/MailIcons';
import { useByteFormat } from '../../components/useByteFormat';
import type { MessageRow } from '../../db/records';
import { cleanFileName } from '../../../../shared/text/fileName';
import { useAttachmentDownload } from './useAttachmentDownload';

type Status = { part: string; state: 'busy' } | { part: string; state: 'failed'; message: string };

export function AttachmentList({ message }: { message: MessageRow }) {
  const { t } = useTranslation();
  const fileSize = useByteFormat();
  const download = useAttachmentDownload(message.source);
  const [status, setStatus] = useState<Status | undefined>();
  if (message.attachments.length === 0) return null;

  async function fetchOne(attachment: AttachmentMeta): Promise<void> {
    setStatus({ part: attachment.part, state: 'busy' });
    try {
      await download(attachment);
      setStatus(undefined);
    } catch (err) {
      const message = err instanceof Error ? err.message : '';
      setStatus({ part: attachment.part, state: 'failed', message });
    }
  }

  return (
    <div className="attachments">
      <h4 className="attachments-title">{t('thread.attachments.title', { count: message.attachments.length })}</h4>
      <ul>
        {message.attachments.map((attachment) => {
          // names stored before capture cleaned them, or arriving from another device (R8.3), are cleaned here too (R10.2)
          const a = { ...attachment, filename: cleanFileName(attachment.filename) };
          return (
          <li key={a.part} className="attachment" data-testid="attachment">
            <PaperclipIcon />
            <span className="attachment-name">{a.filename || t('thread.attachments.unnamed')}</span>
            <span className="attachment-size">{fileSize(a.size)}</span>
            <Button
              variant="quiet"
              busy={status?.part === a.part && status.state === 'busy'}
              onClick={() => void fetchOne(a)}
              aria-label={t('thread.attachments.downloadNamed', { name: a.filename || t('thread.attachments.unnamed') })}
            >
              {t('thread.attachments.download')}
            </Button>
            {status?.part === a.part && status.state === 'failed' && (
              <p className="attachment-error" role="alert">
                {t('thread.attachments.failed')} {status.message}
              </p>
            )}
          </li>
          );
        })}
      </ul>
    </div>
  );
}
