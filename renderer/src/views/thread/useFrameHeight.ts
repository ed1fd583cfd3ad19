/**
 * The mail frame as tall as its content (R10.2, issue 20): no scrollbar inside the frame and no
 * signature cut off; the thread around it scrolls instead. The frame's document is same-origin
 * (sandbox allow-same-origin, still without allow-scripts: nothing in it runs), so the app reads
 * its height, when it loads, when its width changes (the window, the panes) and when one of
 * its images arrives.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** The content's height, plus a horizontal scrollbar's when a wide table needs one. */
function contentHeight(frame: HTMLIFrameElement): number | undefined {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc?.body || !win) return undefined;
  const scrollbar = Math.max(0, win.innerHeight - doc.documentElement.clientHeight);
  return Math.ceil(doc.body.scrollHeight + scrollbar);
}

export function useFrameHeight(estimate: number) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [measured, setMeasured] = useState<number>();
  const detach = useRef<() => void>(undefined);

  const measure = useCallback(() => {
    const frame = ref.current;
    const height = frame ? contentHeight(frame) : undefined;
    if (height !== undefined && height > 0) setMeasured(height);
  }, []);

  const onLoad = useCallback(() => {
    detach.current?.();
    measure();
    const doc = ref.current?.contentDocument;
    if (!doc) return;
    // images (data: ones, or remote ones once shown) and fonts change the height after load
    doc.addEventListener('load', measure, true);
    doc.fonts.addEventListener('loadingdone', measure);
    detach.current = () => {
      doc.removeEventListener('load', measure, true);
      doc.fonts.removeEventListener('loadingdone', measure);
    };
  }, [measure]);

  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    let width = frame.clientWidth;
    const observer = new ResizeObserver(() => {
      if (frame.clientWidth === width) return;
      width = frame.clientWidth;
      measure();
    });
    observer.observe(frame);
    return () => {
      observer.disconnect();
      detach.current?.();
    };
  }, [measure]);

  return { ref, onLoad, height: measured ?? estimate };
}
