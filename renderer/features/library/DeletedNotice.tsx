/**
 * After a meeting was deleted: "… was moved to the bin", with a link to the bin. The status region
 * is on the page first and the words arrive a moment later, so screen readers announce them.
 */
import { useEffect, useState } from 'react';
import { clearFlash, type Flash } from '../../kernel/flash';
import { hrefs } from '../../kernel/router';

export function DeletedNotice({ flash }: { flash: Flash | null }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    clearFlash(flash);
    if (!flash) return;
    const timer = window.setTimeout(() => setShown(true), 100);
    return () => window.clearTimeout(timer);
  }, [flash]);
  return (
    <div role="status" className={shown && flash ? 'notice deleted-notice' : undefined}>
      {shown && flash && (
        <p>
          “{flash.title}” was moved to the bin with your notes. You can restore it for 30 days from the <a href={hrefs.bin()}>bin</a>.
        </p>
      )}
    </div>
  );
}
