/**
 * The live incident queue, one table per group — calls not yet graded, then each grade — each
 * ordered by the target's due time. Every row opens its incident with a real button (keyboard:
 * Tab to it, Enter); the selected row says so (`aria-current`).
 */
import { useMemo } from 'react';
import { formatTime, groupQueue, shortRef, STATE_LABELS } from './queue-model';
import { TargetClock } from './target-clock';
import type { ControlRoomReference, QueuedIncident } from './types';

interface IncidentQueueProps {
  incidents: readonly QueuedIncident[];
  reference: ControlRoomReference | undefined;
  areaNames: ReadonlyMap<string, string>;
  selectedId: string | undefined;
  onSelect: (incidentId: string) => void;
}

/** The queue's tables. */
export function IncidentQueue({ incidents, reference, areaNames, selectedId, onSelect }: IncidentQueueProps) {
  const gradeNames = useMemo(() => new Map((reference?.grades ?? []).map((grade) => [grade.grade, grade.name])), [reference]);
  const groups = useMemo(() => groupQueue(incidents, gradeNames), [incidents, gradeNames]);
  if (incidents.length === 0) return <p className="hint">No open incidents. New calls appear here as they are recorded.</p>;
  return (
    <>
      {groups.map((group) => (
        <table key={group.grade ?? 'ungraded'} className={`queue-table queue-grade-${group.grade ?? 'none'}`}>
          <caption>
            {group.title} <span className="count">({group.incidents.length})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Incident</th>
              <th scope="col">Type and place</th>
              <th scope="col">State and units</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {group.incidents.map((incident) => (
              <tr key={incident.id} aria-current={incident.id === selectedId ? 'true' : undefined} className={incident.id === selectedId ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link-like" onClick={() => onSelect(incident.id)}>
                    <span className="visually-hidden">Open incident </span>
                    {shortRef(incident.id)}
                  </button>
                  <span className="cell-note">
                    {incident.channel.name} · {formatTime(incident.callAnsweredAt)}
                  </span>
                </th>
                <td>
                  {incident.incidentType.name}
                  <span className="cell-note">
                    {placeOf(incident, areaNames)}
                  </span>
                </td>
                <td>
                  {STATE_LABELS[incident.state]}
                  {incident.state === 'awaiting-grade' && incident.suggestedGrade !== null && <span className="cell-note">suggested grade {incident.suggestedGrade}</span>}
                  {unitsOf(incident) && <span className="cell-note">{unitsOf(incident)}</span>}
                </td>
                <td>
                  <TargetClock target={incident.target} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** "Abbey, North Peelshire" or "Unplaced". */
export function placeOf(incident: Pick<QueuedIncident, 'ward' | 'areaId'>, areaNames: ReadonlyMap<string, string>): string {
  const area = incident.areaId ? (areaNames.get(incident.areaId) ?? incident.areaId) : null;
  const ward = incident.ward?.name ?? incident.ward?.code ?? null;
  return [ward, area].filter((part) => part !== null).join(', ') || 'Unplaced (outside the force’s wards)';
}

function unitsOf(incident: QueuedIncident): string {
  const live = incident.assignments.filter((assignment) => assignment.endedAt === null);
  if (live.length === 0) return '';
  return live.map((assignment) => `${assignment.callSign}${assignment.arrivedAt ? ' (on scene)' : assignment.enRouteAt ? ' (en route)' : ''}`).join(', ');
}
