/**
 * Shows an error from the API the way the server put it: its message, the field it names and the
 * code (for support), in an alert so screen readers announce it.
 */
import { ApiError } from '../../api/api-error';

/** Renders `error` (an ApiError, any Error, or nothing). */
export function ErrorMessage({ error, title = 'Something went wrong' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-summary" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {apiError?.field && (
        <p>
          Field: <code>{apiError.field}</code>
        </p>
      )}
      {apiError && <p className="error-code">Code: {apiError.code}{apiError.status ? ` (HTTP ${apiError.status})` : ''}</p>}
    </div>
  );
}
