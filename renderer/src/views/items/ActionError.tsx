/** The error of a failed action, announced once, next to what failed. */
import { Notice } from '../../components/Notice';
import { useFailureText } from '../common/failureText';

export function ActionError({ error }: { error: unknown }) {
  const failureText = useFailureText();
  if (error === undefined) return null;
  const text = failureText(error);
  return (
    <Notice tone="error" announce="alert" className="action-error">
      <p>{text}</p>
    </Notice>
  );
}
