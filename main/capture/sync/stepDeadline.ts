/**
 * A deadline for one step of a session's setup: connect (TCP, TLS, greeting, LOGIN, ENABLE),
 * the sync folder's check, SELECT. imapflow waits for an answer as long as its socketTimeout
 * allows (minutes, so that an IDLE may run quietly), so a server that goes silent in the middle
 * of a step (a Dovecot waiting for a mailbox lock did, after a sibling session was killed) would
 * hold the source in 'connecting' that long. Instead the step fails as a timeout: the session
 * ends, its connections are closed, and the runner reconnects with back-off, as after any lost
 * connection.
 */

/** Shaped like Node's own timeouts, so the failure is classified as 'timeout' (transient). */
export function stepTimedOut(step: string, ms: number): Error {
  return Object.assign(new Error(`IMAP ${step} got no answer within ${ms} ms`), { code: 'ETIMEOUT' });
}

/**
 * `work`, or a timeout error after `ms` (`onExpired` runs first then). `work` itself goes on until
 * its connection is closed; its late outcome is ignored.
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number, step: string, onExpired: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onExpired();
      reject(stepTimedOut(step, ms));
    }, ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
