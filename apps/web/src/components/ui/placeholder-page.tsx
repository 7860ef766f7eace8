/** A page not built yet: says what it will show, so nobody mistakes it for a finished page. */
import { PageHeader } from './page-header';

/** A placeholder with the page's title, a summary and what it will hold. */
export function PlaceholderPage({ title, summary, items }: { title: string; summary: string; items: readonly string[] }) {
  return (
    <>
      <PageHeader title={title} />
      <p className="lead">{summary}</p>
      <div className="notice">
        <h2>Coming next</h2>
        <p>This page is being built. It will show:</p>
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </>
  );
}
