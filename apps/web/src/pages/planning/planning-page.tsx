/** /planning — placeholder until the planning studio is built (issue 8, W3). */
import { PlaceholderPage } from '../../components/ui/placeholder-page';

/** The planning studio. */
export function PlanningPage() {
  return (
    <PlaceholderPage
      title="Planning studio"
      summary="Turn demand into an establishment per area, role and shift, and test it in the simulator before anyone is moved."
      items={[
        'Force model picker',
        'Demand heat map by LSOA and ward, and an hour-of-week heat table',
        'Hotspots ranked by harm',
        'The plan per area × role × shift with the algorithm’s figure, overrides and their recorded reasons',
        'On-duty against required per area (chart)',
        'Simulator runs with KPIs and confidence intervals; two scenarios side by side',
      ]}
    />
  );
}
