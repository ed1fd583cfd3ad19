/** The error of a failed action, announced once, next to what failed. */
import { Notice } from '../../components/Notice';
import { useErrorText } from './errorText';

export function ActionError({ error }: { error: unknown }) {
  const text = useErrorText()(error);
  if (text === undefined) return null;
  return (
    <Notice tone="error" announce="alert" className="action-error">
      <p>{text}</p>
    </Notice>
  );
}
