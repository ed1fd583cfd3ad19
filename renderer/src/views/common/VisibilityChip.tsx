/**
 * R5.1 private or shared, as an icon and a word. `compact` (list rows) shows private, the usual
 * state, as the lock alone (still named for screen readers and on hover); shared always in words.
 */
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../../shared/domain/crm';
import { LockIcon, PeopleIcon } from '../../components/MailIcons';
import '../../styles/inbox.css';

export function VisibilityChip({ visibility, compact }: { visibility: Visibility; compact?: boolean }) {
  const { t } = useTranslation();
  const word = t(`inbox.visibility.${visibility}`);
  if (compact && visibility === 'private') {
    return (
      <span className="chip chip-private chip-icon" data-visibility={visibility} title={word}>
        <LockIcon />
        <span className="visually-hidden">{word}</span>
      </span>
    );
  }
  return (
    <span className={`chip chip-${visibility}`} data-visibility={visibility}>
      {visibility === 'private' ? <LockIcon /> : <PeopleIcon />}
      {word}
    </span>
  );
}
