/** R3.4: the authserv-id main learned from the drop box (capture:authservCandidate), kept up to date. */
import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';

export function useAuthservCandidate(): string | undefined {
  const [candidate, setCandidate] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const off = api().on('capture:authservCandidate', (event) => live && setCandidate(event.authservId));
    Promise.resolve()
      .then(() => api().invoke('capture:authservCandidate', {}))
      .then((answer) => live && answer.authservId !== undefined && setCandidate(answer.authservId))
      .catch((err: unknown) => reportError('capture:authservCandidate', err));
    return () => {
      live = false;
      off();
    };
  }, []);
  return candidate;
}
