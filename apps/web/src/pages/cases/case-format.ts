/** Dates and times as the force reads them (London), for the cases and neighbourhoods pages. */

/** "Mon, 6 Jan 2025" for a date (YYYY-MM-DD) or an instant. */
export function formatDate(value: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return instant.toLocaleDateString('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/** "6 Jan 2025, 14:05" for an instant. */
export function formatDateTime(value: string): string {
  return new Date(value).toLocaleString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
}
