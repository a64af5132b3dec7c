/**
 * An object URL for a first-page picture. One is held at a time (the reader shows one document): the
 * previous is let go when the next is made, so a remount (or React's strict mode) never meets a
 * URL revoked under it.
 */
import { useMemo } from 'react';
import type { VersionPicture } from '../../../shared/types/papers';

let held: { picture: VersionPicture; url: string } | null = null;

function pictureUrl(picture: VersionPicture): string {
  if (held?.picture === picture) return held.url;
  if (held) URL.revokeObjectURL(held.url);
  held = { picture, url: URL.createObjectURL(new Blob([picture.png as Uint8Array<ArrayBuffer>], { type: 'image/png' })) };
  return held.url;
}

export function usePictureUrl(picture: VersionPicture | null): string | null {
  return useMemo(() => (picture ? pictureUrl(picture) : null), [picture]);
}
