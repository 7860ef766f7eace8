/** Any path the router does not know. */
import { Link } from '@tanstack/react-router';
import { PageHeader } from '../components/ui/page-header';

/** The 404 page. */
export function NotFoundPage() {
  return (
    <main id="main" className="standalone">
      <PageHeader title="Page not found" />
      <p>
        There is no page at this address. <Link to="/">Go to the start page</Link>.
      </p>
    </main>
  );
}
