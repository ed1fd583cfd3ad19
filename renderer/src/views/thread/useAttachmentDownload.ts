/**
 * An attachment fetched on demand (capture:attachment: main downloads that one body part from the
 * message's source) and handed to the user as a file: base64 → Blob → a download link.
 */
import { useCallback } from 'react';
import type { AttachmentMeta, SourceRef } from '../../../../shared/domain/mail';
import { api } from '../../api/api';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves a Blob under `filename` through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy by the time a minute has passed
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useAttachmentDownload(source: SourceRef): (attachment: AttachmentMeta) => Promise<void> {
  const { sourceId, uidValidity, uid } = source;
  return useCallback(
    async (attachment: AttachmentMeta) => {
      const { contentBase64 } = await api().invoke('capture:attachment', { sourceId, uidValidity, uid, part: attachment.part });
      const blob = new Blob([bytesOf(contentBase64)], { type: attachment.contentType || 'application/octet-stream' });
      saveBlob(blob, attachment.filename || 'attachment');
    },
    [sourceId, uidValidity, uid],
  );
}
