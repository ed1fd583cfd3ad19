/**
 * R10.2 an HTML body in a sandboxed frame: no allow-scripts, so nothing in it ever runs (the
 * sanitizer removed every script anyway); popups allowed only so that links open outside.
 * allow-same-origin lets the app measure the frame's document, so the frame is as tall as its
 * content (useFrameHeight): without scripts the frame can do nothing with that origin, and its
 * own Content-Security-Policy still blocks every load. Remote images stay blocked until "Show
 * images", for this message only.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ImageIcon } from '../../components/MailIcons';
import { prepareMailHtml } from './mailHtml';
import { useFrameHeight } from './useFrameHeight';

export function HtmlBody({ html, title }: { html: string; title: string }) {
  const { t } = useTranslation();
  const [showRemote, setShowRemote] = useState(false);
  const prepared = useMemo(() => prepareMailHtml(html, showRemote), [html, showRemote]);
  const frame = useFrameHeight(prepared.height);
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
      <div className="mail-frame-box">
        <iframe
          ref={frame.ref}
          onLoad={frame.onLoad}
          style={{ height: frame.height }}
          className="mail-frame"
          title={t('thread.body.frameTitle', { subject: title })}
          sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
          referrerPolicy="no-referrer"
          srcDoc={prepared.srcdoc}
          data-testid="mail-frame"
          data-images={showRemote ? 'shown' : 'blocked'}
        />
      </div>
    </div>
  );
}
