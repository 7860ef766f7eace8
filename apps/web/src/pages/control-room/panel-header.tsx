/**
 * The top of an open record's panel (an incident, a case, a problem): its heading — focusable, so
 * the page can move focus there when the record opens — a Close button that says what it closes,
 * and the status line that reports what the user's last change did (a polite live region).
 */
import type { Ref } from 'react';

interface PanelHeaderProps {
  /** The heading's id (the panel's `aria-labelledby`). */
  id: string;
  title: string;
  /** What Close closes, for screen readers ("incident 1A2B3C4D"). */
  closes: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
  /** The last change's result, or ''. */
  message: string;
}

/** Heading, Close and status line. */
export function PanelHeader({ id, title, closes, headingRef, onClose, message }: PanelHeaderProps) {
  return (
    <>
      <div className="panel-header">
        <h2 id={id} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          Close<span className="visually-hidden"> {closes}</span>
        </button>
      </div>
      <p className="panel-status" role="status">
        {message}
      </p>
    </>
  );
}
