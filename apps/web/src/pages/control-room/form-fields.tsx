/**
 * Form fields of the control room's forms: a visible label, a hint, and the error for that field
 * beside it (`aria-invalid`, `aria-describedby`), whether the error came from the page's own
 * checks or from the server's `{ error: { field } }`.
 */
import { useId, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error';

/** Field → message: the page's own checks. */
export type FieldErrors = Record<string, string>;

/** The message for `field`: the page's own, or the server's when its `field` is this one (or inside it). */
export function errorFor(field: string, local: FieldErrors, serverError: unknown): string | undefined {
  if (local[field]) return local[field];
  if (serverError instanceof ApiError && serverError.field !== undefined && (serverError.field === field || serverError.field.startsWith(`${field}.`))) return serverError.message;
  return undefined;
}

/** True when the server's error names a field the form shows (it is then shown there, not in a banner). */
export function isFieldError(serverError: unknown, fields: readonly string[]): boolean {
  return serverError instanceof ApiError && serverError.field !== undefined && fields.some((field) => serverError.field === field || serverError.field!.startsWith(`${field}.`));
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  /** Renders the control with the ids it must carry. */
  children: (props: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A labelled control with its hint and error. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint field-hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </div>
  );
}
