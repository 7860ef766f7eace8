/** A page's title: its one h1, and the browser tab's title. */
import { useEffect, type ReactNode } from 'react';

/** Renders the h1 and sets `document.title` to "<title> – Peel". */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – Peel`;
  }, [title]);
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
