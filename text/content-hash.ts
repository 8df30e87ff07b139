// The content hash of an article's text (sha256 of its UTF-8 bytes, hex): computed once where a text
// comes in (file reader, API upload) and carried with it; it identifies a text across loads and uploads.
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
