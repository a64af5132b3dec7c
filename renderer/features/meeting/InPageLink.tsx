import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a heading on this page. The router owns the location hash, so the jump is done here:
 * focus moves to the target (tabIndex -1), which also scrolls it into view.
 */
export function InPageLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a href={`#${targetId}`} onClick={onClick}>
      {children}
    </a>
  );
}
