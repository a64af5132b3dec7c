import { useEffect, useState } from 'react';
import type { ApiError, Result } from '../../shared/result';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: ApiError };

/**
 * Calls `load` whenever it or `refreshKey` changes (memoise `load` with useCallback on its inputs).
 * While a reload is under way the last answer stays on screen, so a refresh after an import does
 * not blank the page.
 */
export function useResource<T>(load: () => Promise<Result<T>>, refreshKey: number): Resource<T> {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (result) => {
        if (!current) return;
        setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error });
      },
      () => {
        if (current) setState({ status: 'error', error: { code: 'internal', message: 'Scrutineer could not load this page.' } });
      },
    );
    return () => {
      current = false;
    };
  }, [load, refreshKey]);
  return state;
}

/** Sets the window title: 'Page – Scrutineer'. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} – Scrutineer` : 'Scrutineer';
  }, [title]);
}
