/** The error a user action ended with, in words (failureText), announced next to what failed. */
import { Notice } from '../../components/Notice';
import { useFailureText } from './failureText';

export function ErrorNotice({ error, className, testId }: { error: unknown; className?: string; testId?: string }) {
  const text = useFailureText();
  if (error === undefined) return null;
  return (
    <Notice tone="error" announce="alert" className={className} testId={testId}>
      {text(error)}
    </Notice>
  );
}
