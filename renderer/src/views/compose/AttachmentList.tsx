/**
 * Attachments: a button opens the file chooser, each file is read into the draft (base64) and
 * listed with its size and a remove button; the total is shown. Files beyond what a message can
 * carry at all (MAX_ATTACHMENT_BYTES) are refused with the reason.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/rules/send/outgoing';
import { Button } from '../../components/Button';
import { PaperclipIcon } from '../../components/MailIcons';
import { useByteFormat } from '../../components/useByteFormat';
import type { DraftAttachment } from '../../state/compose';
import { readAttachment } from './readAttachment';

export interface AttachmentListProps {
  value: readonly DraftAttachment[];
  onChange(next: DraftAttachment[]): void;
}

type Problem = { kind: 'too-large'; names: string } | { kind: 'unreadable'; names: string };

export function AttachmentList({ value, onChange }: AttachmentListProps) {
  const { t } = useTranslation();
  const bytes = useByteFormat();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const total = value.reduce((n, a) => n + a.size, 0);

  async function add(files: FileList | null): Promise<void> {
    if (!files || files.length === 0) return;
    setReading(true);
    setProblem(undefined);
    const added: DraftAttachment[] = [];
    const tooLarge: string[] = [];
    const unreadable: string[] = [];
    let sum = total;
    for (const file of Array.from(files)) {
      if (sum + file.size > MAX_ATTACHMENT_BYTES) {
        tooLarge.push(file.name);
        continue;
      }
      try {
        added.push(await readAttachment(file));
        sum += file.size;
      } catch {
        // handled: the unreadable file is named to the user
        unreadable.push(file.name);
      }
    }
    onChange([...value, ...added]);
    if (tooLarge.length > 0) setProblem({ kind: 'too-large', names: tooLarge.join(', ') });
    else if (unreadable.length > 0) setProblem({ kind: 'unreadable', names: unreadable.join(', ') });
    setReading(false);
    if (input.current) input.current.value = '';
  }

  return (
    <div className="compose-attachments" data-testid="compose-attachments">
      <div className="compose-attachments-head">
        <Button onClick={() => input.current?.click()} busy={reading}>
          <PaperclipIcon />
          {t('compose.attachments.add')}
        </Button>
        <input ref={input} type="file" multiple hidden aria-hidden="true" tabIndex={-1} data-testid="compose-file-input" onChange={(e) => void add(e.target.files)} />
        {value.length > 0 && <span className="field-hint">{t('compose.attachments.total', { count: value.length, size: bytes(total) })}</span>}
      </div>
      {value.length > 0 && (
        <ul className="compose-attachment-list" aria-label={t('compose.attachments.listLabel')}>
          {value.map((a) => (
            <li key={a.key} className="compose-attachment">
              <span className="compose-attachment-name">{a.name}</span>
              <span className="compose-attachment-size">{bytes(a.size)}</span>
              <Button variant="quiet" aria-label={t('compose.attachments.removeNamed', { name: a.name })} onClick={() => onChange(value.filter((x) => x.key !== a.key))}>
                {t('compose.attachments.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem.kind === 'too-large'
            ? t('compose.attachments.tooLarge', { names: problem.names, limit: bytes(MAX_ATTACHMENT_BYTES) })
            : t('compose.attachments.unreadable', { names: problem.names })}
        </p>
      )}
    </div>
  );
}
