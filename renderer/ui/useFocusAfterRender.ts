import { useCallback, useLayoutEffect, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once React has drawn the change that asked for it: a closing panel and the focus going back to the
 * button that opened it happen in one commit, so focus never rests on the page body in between (a screen reader
 * would announce the page, and a key pressed at that moment would be lost). Returns `focusAfterRender(target)`.
 */
export function useFocusAfterRender(): (target: Target) => void {
  const [request, setRequest] = useState<{ target: Target } | null>(null);
  useLayoutEffect(() => {
    request?.target()?.focus();
  }, [request]);
  return useCallback((target: Target) => setRequest({ target }), []);
}
