import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's <h1>. After an in-app navigation it takes focus (tabIndex -1, so it is not in the
 * Tab order) so a screen reader announces the new page and Tab continues from the top of it.
 */
export function PageHeading({ children, focusOnMount }: { children: ReactNode; focusOnMount: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus({ preventScroll: false });
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
