/** /cases — placeholder until case work is built (issue 8, W2). */
import { PlaceholderPage } from '../../components/ui/placeholder-page';

/** Cases. */
export function CasesPage() {
  return (
    <PlaceholderPage
      title="Cases"
      summary="Every crime becomes a case with one owner; victims are kept updated on time."
      items={['My cases', 'Handoffs with their reasons, counted per case', 'Victims’ Code deadlines due and overdue', 'Outcome recording (Home Office outcome types 1–22)']}
    />
  );
}
