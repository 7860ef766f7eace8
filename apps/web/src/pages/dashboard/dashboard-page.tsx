/** /dashboard — placeholder until the performance dashboard is built (issue 8, W4). */
import { PlaceholderPage } from '../../components/ui/placeholder-page';

/** The performance dashboard. */
export function DashboardPage() {
  return (
    <PlaceholderPage
      title="Performance dashboard"
      summary="Measure the model the way the seed forces do, before and after a change."
      items={[
        'Grade 1 and 2 attendance compliance, urban and rural',
        'Handoffs per case and end-to-end times',
        'Resolution Centre resolution and contact within 48 hours',
        'Call abandonment, victim-update compliance and abstraction',
        'Before/after comparison for a chosen date',
        'The progress report as a PDF',
      ]}
    />
  );
}
