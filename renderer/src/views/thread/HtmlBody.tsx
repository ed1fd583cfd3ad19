/**
 * R10.2 an HTML body in a sandboxed frame: no allow-scripts, no allow-same-origin (an opaque
 * origin that can read nothing of the app), popups allowed only so that links open outside.
 * Remote images stay blocked until "Show images", for this message only.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ImageIcon } from '../../components/MailIcons';
import { prepareMailHtml } from './mailHtml';

export function HtmlBody({ html, title }: { html: string; title: string }) {
  const { t } = useTranslation();
  const [showRemote, setShowRemote] = useState(false);
  const prepared = useMemo(() => prepareMailHtml(html, showRemote), [html, showRemote]);
  return (
    <div className="mail-html">
      {prepared.hasRemote && !showRemote && (
        <div className="remote-bar" data-testid="remote-bar">
          <span className="remote-bar-text">
            <ImageIcon />
            {t('thread.body.remoteBlocked')}
          </span>
          <Button variant="secondary" onClick={() => setShowRemote(true)}>
            {t('thread.body.showImages')}
          </Button>
        </div>
      )}
      <div className="mail-frame-box" style={{ height: prepared.height }}>
        <iframe
          className="mail-frame"
          title={t('thread.body.frameTitle', { subject: title })}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          referrerPolicy="no-referrer"
          srcDoc={prepared.srcdoc}
          data-testid="mail-frame"
          data-images={showRemote ? 'shown' : 'blocked'}
        />
      </div>
    </div>
  );
}
