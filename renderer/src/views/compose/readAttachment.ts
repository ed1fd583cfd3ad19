/** A chosen file as an attachment: its bytes in base64 (the outbox keeps a frozen copy, R2.6). */
import type { DraftAttachment } from '../../state/compose';
import { attachmentKey } from './prepareDraft';

const MIME_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+$/;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

export async function readAttachment(file: File): Promise<DraftAttachment> {
  const contentBase64 = await base64Of(file);
  const name = file.name.replace(/\p{Cc}+/gu, ' ').trim().slice(0, 255) || 'attachment';
  return {
    key: attachmentKey(),
    name,
    contentType: MIME_TYPE.test(file.type) ? file.type : 'application/octet-stream',
    contentBase64,
    size: file.size,
  };
}
