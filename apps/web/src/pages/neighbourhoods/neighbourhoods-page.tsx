/** /neighbourhoods — placeholder until problem-solving is built (issue 8, W2). */
import { PlaceholderPage } from '../../components/ui/placeholder-page';

/** Neighbourhoods. */
export function NeighbourhoodsPage() {
  return (
    <PlaceholderPage
      title="Neighbourhoods"
      summary="Neighbourhood teams work problems with partners."
      items={['Problem profiles by SARA stage', 'Partner tasks with their service levels', 'Top-ten issues per ward']}
    />
  );
}
