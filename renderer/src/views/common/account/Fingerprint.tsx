/** A SHA-256 fingerprint, breakable only between bytes, so it stays readable when it wraps. */
import { Fragment } from 'react';

export function Fingerprint({ sha256 }: { sha256: string }) {
  const bytes = sha256.split(':');
  return (
    <code className="fingerprint" data-testid="certificate-sha256">
      {bytes.map((byte, i) => (
        <Fragment key={i}>
          {byte}
          {i < bytes.length - 1 && (
            <>
              :<wbr />
            </>
          )}
        </Fragment>
      ))}
    </code>
  );
}
