import type { ApiError } from '../../shared/result';

/** Shown while a page's data is on its way. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** A failed API call, in words; never a stack trace. */
export function ErrorPanel({ title, error }: { title: string; error: ApiError }) {
  return (
    <div className="error-panel" role="alert">
      <h2 className="error-panel__title">{title}</h2>
      <p>{error.message}</p>
      <p>
        <a href="#/">Back to the library</a>
      </p>
    </div>
  );
}
