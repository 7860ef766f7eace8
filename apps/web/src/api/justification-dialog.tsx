/**
 * Asks the user why they need personal data before the API client reads it (DPA 2018 s.62: the
 * consultation log records the justification). A modal <dialog>: focus moves into it, Escape
 * declines, and the last reason given is offered again so repeated reads stay quick.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

/** The server's limits (apps/server/src/audit/justification.ts). */
const MIN_LENGTH = 10;
const MAX_LENGTH = 500;

interface Pending {
  what: string;
  resolve: (reason: string | null) => void;
}

/** Renders the dialog and hands `ask` to its child renderer. */
export function JustificationDialog({ children }: { children: (ask: (what: string) => Promise<string | null>) => ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lastReason = useRef('');
  const titleId = useId();
  const errorId = useId();

  const ask = useCallback(
    (what: string) =>
      new Promise<string | null>((resolve) => {
        setReason(lastReason.current);
        setError(null);
        setPending({ what, resolve });
      }),
    [],
  );

  useEffect(() => {
    if (pending && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [pending]);

  const finish = (value: string | null) => {
    pending?.resolve(value);
    setPending(null);
    if (dialog.current?.open) dialog.current.close();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < MIN_LENGTH) return setError(`Give a reason of at least ${MIN_LENGTH} characters.`);
    lastReason.current = text;
    finish(text);
  };

  return (
    <>
      {children(ask)}
      <dialog ref={dialog} aria-labelledby={titleId} className="dialog" onCancel={() => finish(null)}>
        {pending && (
          <form onSubmit={submit} noValidate>
            <h2 id={titleId}>Why do you need this personal data?</h2>
            <p>
              You are about to read <strong>{pending.what}</strong>. Your reason is recorded in the audit log with your name and the time
              (Data Protection Act 2018, section 62).
            </p>
            <label htmlFor={`${titleId}-reason`}>Reason</label>
            <textarea
              id={`${titleId}-reason`}
              value={reason}
              maxLength={MAX_LENGTH}
              rows={3}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            {error && (
              <p id={errorId} className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="actions">
              <button type="submit" className="primary">
                Read and record my reason
              </button>
              <button type="button" onClick={() => finish(null)}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
