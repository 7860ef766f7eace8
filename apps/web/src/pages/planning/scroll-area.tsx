/**
 * A table's scroll container: focusable, so keyboard users can scroll it (WCAG 2.1.1; axe
 * `scrollable-region-focusable`), and named like its table.
 */
import type { ReactNode } from 'react';

/** The container; `tall` caps its height (a long list) as well as its width. */
export function ScrollArea({ label, tall = false, children }: { label: string; tall?: boolean; children: ReactNode }) {
  return (
    <div className={tall ? 'planning-scroll tall' : 'planning-scroll'} tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
