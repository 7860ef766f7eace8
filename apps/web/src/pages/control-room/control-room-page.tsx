/** /control-room — placeholder until the control room is built (issue 8, W2). */
import { PlaceholderPage } from '../../components/ui/placeholder-page';

/** The control room. */
export function ControlRoomPage() {
  return (
    <PlaceholderPage
      title="Control room"
      summary="Take calls, assess them with THRIVE+, grade, route and dispatch the most appropriate unit."
      items={[
        'Live incident queue by grade with target clocks',
        'New incident form and the structured THRIVE+ assessment, with the suggested grade to accept or override',
        'Unit board with statuses and timers',
        'Map of incidents and units over the force’s real boundaries',
        'Recommendations with their Grade 1 coverage cost; assign with one click',
        'The incident timeline',
      ]}
    />
  );
}
