/**
 * One incident, worked from top to bottom: what it is and its target clock; the caller's details
 * (read only on request, with a reason); THRIVE+; the suggested grade to accept or override; the
 * routing by the force's rules; the units to send (when deployed); the timeline. After each step
 * a status message says what happened and focus moves to the next step's heading.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useSession } from '../../api/session';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { INCIDENTS_KEY, useIncidentHistory } from './control-room-queries';
import { GradeForm, gradeTargetText } from './grade-form';
import { placeOf } from './incident-queue';
import { IncidentPersonalDataView } from './incident-personal-data';
import { IncidentTimeline } from './incident-timeline';
import { PanelHeader } from './panel-header';
import { formatTime, shortRef, STATE_LABELS } from './queue-model';
import { RecommendationsTable } from './recommendations-table';
import { TargetClock } from './target-clock';
import { ThriveForm } from './thrive-form';
import type { ControlRoomReference, DecisionResult, IncidentPersonalData, RoutingDecision } from './types';

type Step = 'heading' | 'grade' | 'route' | 'units';

interface IncidentPanelProps {
  incidentId: string;
  reference: ControlRoomReference;
  areaNames: ReadonlyMap<string, string>;
  knownPersonalData: IncidentPersonalData | undefined;
  onPersonalDataRead: (data: IncidentPersonalData) => void;
  onClose: () => void;
}

/** The selected incident. */
export function IncidentPanel({ incidentId, reference, areaNames, knownPersonalData, onPersonalDataRead, onClose }: IncidentPanelProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { me } = useSession();
  const history = useIncidentHistory(incidentId);
  const [message, setMessage] = useState('');
  const [reassessing, setReassessing] = useState(false);
  const [regrading, setRegrading] = useState(false);
  const [focusStep, setFocusStep] = useState<Step | null>('heading');
  const headings = useRef<Partial<Record<Step, HTMLHeadingElement | null>>>({});

  const refresh = () => queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
  const route = useMutation({
    mutationFn: (expectedVersion: number) => api.post<DecisionResult<RoutingDecision>>(`/api/incidents/${encodeURIComponent(incidentId)}/route`, { expectedVersion }),
    onSuccess: async (result) => {
      setMessage(`Routed: ${result.decision.route.replace(/-/g, ' ')} (rule ${result.decision.ruleId}).`);
      await refresh();
      setFocusStep(result.decision.route === 'deploy' ? 'units' : 'route');
    },
  });

  useEffect(() => {
    setMessage('');
    setReassessing(false);
    setRegrading(false);
    setFocusStep('heading');
  }, [incidentId]);

  useEffect(() => {
    if (focusStep === null) return;
    const target = headings.current[focusStep];
    if (target) {
      target.focus();
      setFocusStep(null);
    }
  }, [focusStep, history.data]);

  const headingRef = (step: Step) => (element: HTMLHeadingElement | null) => {
    headings.current[step] = element;
  };

  if (history.isPending) return <Loading what={`incident ${incidentId}`} />;
  if (history.isError) {
    return (
      <>
        <ErrorMessage error={history.error} title={`Incident ${incidentId} could not be shown`} />
        <button type="button" onClick={onClose}>
          Close
        </button>
      </>
    );
  }
  const incident = history.data;
  const assessment = incident.assessments.at(-1);
  const currentRoute = incident.routes.at(-1);
  const routeStale = currentRoute !== undefined && (currentRoute.grade !== incident.grade?.grade || currentRoute.assessmentId !== assessment?.id);
  const gradeInfo = incident.grade ? reference.grades.find((grade) => grade.grade === incident.grade!.grade) : undefined;
  const deployed = currentRoute?.route === 'deploy' && !routeStale;
  const live = incident.assignments.filter((assignment) => assignment.endedAt === null);

  return (
    <article className="incident-panel" aria-labelledby="incident-heading">
      <PanelHeader id="incident-heading" title={`Incident ${shortRef(incident.id)}`} closes={`incident ${shortRef(incident.id)}`} headingRef={headingRef('heading')} onClose={onClose} message={message} />
      <dl className="details two-column">
        <dt>Reference</dt>
        <dd>{incident.id}</dd>
        <dt>Type</dt>
        <dd>
          {incident.incidentType.name}
          {incident.incidentType.policeUkCategory ? ` (${reference.policeUkCategories.find((item) => item.id === incident.incidentType.policeUkCategory)?.name ?? incident.incidentType.policeUkCategory})` : ''} · {incident.demandType.name}
        </dd>
        <dt>Where</dt>
        <dd>
          {placeOf(incident, areaNames)} · {incident.urbanRural ?? 'class unknown'} · {incident.lat.toFixed(4)}, {incident.lon.toFixed(4)}
        </dd>
        <dt>Call</dt>
        <dd>
          {incident.channel.name}, answered {formatTime(incident.callAnsweredAt)}
        </dd>
        <dt>State</dt>
        <dd>{STATE_LABELS[incident.state]}</dd>
        <dt>Grade</dt>
        <dd>
          {incident.grade ? `${incident.grade.grade} — ${incident.grade.name}${incident.grade.decision === 'overridden' ? ' (suggestion overridden)' : ''}` : 'Not yet graded'}
          {gradeInfo ? <span className="cell-note">{gradeTargetText(gradeInfo)}</span> : null}
        </dd>
        <dt>Target</dt>
        <dd>
          <TargetClock target={incident.target} />
        </dd>
      </dl>

      <section aria-labelledby="personal-heading">
        <h3 id="personal-heading">Caller and report</h3>
        <IncidentPersonalDataView incidentId={incident.id} known={knownPersonalData} onRead={onPersonalDataRead} />
      </section>

      <section aria-labelledby="thrive-heading">
        <h3 id="thrive-heading">THRIVE+ assessment</h3>
        {!assessment || reassessing ? (
          <ThriveForm
            key={`${incident.id}-${assessment?.id ?? 'first'}`}
            incidentId={incident.id}
            version={incident.version}
            factors={reference.thrive.factors}
            ratings={reference.thrive.ratings}
            previous={assessment}
            onCancel={assessment ? () => setReassessing(false) : undefined}
            onRecorded={async (result) => {
              setMessage(`THRIVE+ recorded: suggested grade ${result.assessment.suggestion.grade} — ${result.assessment.suggestion.gradeName}.`);
              setReassessing(false);
              setRegrading(incident.grade !== null);
              await refresh();
              setFocusStep('grade');
            }}
          />
        ) : (
          <>
            <table className="thrive-summary">
              <caption className="visually-hidden">Latest THRIVE+ ratings</caption>
              <thead>
                <tr>
                  <th scope="col">Factor</th>
                  <th scope="col">Rating</th>
                  <th scope="col">Rationale</th>
                </tr>
              </thead>
              <tbody>
                {reference.thrive.factors.map((factor) => (
                  <tr key={factor}>
                    <th scope="row">{factor}</th>
                    <td>{assessment.factors[factor]?.rating}</td>
                    <td>{assessment.factors[factor]?.rationale}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="hint">
              Assessed {formatTime(assessment.assessedAt)}
              {incident.assessments.length > 1 ? ` (${incident.assessments.length} assessments)` : ''}.
            </p>
            <button type="button" onClick={() => setReassessing(true)}>
              Re-assess
            </button>
          </>
        )}
      </section>

      {assessment && !reassessing && (
        <section aria-labelledby="grade-heading">
          <h3 id="grade-heading" ref={headingRef('grade')} tabIndex={-1}>
            Grade
          </h3>
          {!incident.grade || regrading ? (
            <GradeForm
              key={`${incident.id}-${assessment.id}-${incident.grade?.grade ?? 'none'}`}
              incidentId={incident.id}
              version={incident.version}
              assessment={assessment}
              current={incident.grade}
              grades={reference.grades}
              onDecided={async (result) => {
                setMessage(`Graded ${result.decision.grade} — ${result.decision.gradeName}${result.decision.decision === 'overridden' ? ', overriding the suggestion' : ''}.`);
                setRegrading(false);
                await refresh();
                setFocusStep('route');
              }}
            />
          ) : (
            <>
              <p>
                Grade {incident.grade.grade} — {incident.grade.name}, {incident.grade.decision === 'overridden' ? 'overriding' : 'accepting'} the suggested grade {incident.suggestedGrade ?? '?'}, at {formatTime(incident.grade.decidedAt)}.
              </p>
              <button type="button" onClick={() => setRegrading(true)}>
                Regrade
              </button>
            </>
          )}
        </section>
      )}

      {incident.grade && !regrading && !reassessing && (
        <section aria-labelledby="route-heading">
          <h3 id="route-heading" ref={headingRef('route')} tabIndex={-1}>
            Routing
          </h3>
          {currentRoute && (
            <div className="route-decision">
              <p>
                <strong>{currentRoute.route.replace(/-/g, ' ')}</strong>
                {currentRoute.partner ? ` to ${currentRoute.partner.name ?? currentRoute.partner.id}` : ''}
                {currentRoute.teamKind ? ` (${currentRoute.teamKind} team${currentRoute.roles.length > 0 ? `, ${currentRoute.roles.join(', ')}` : ''})` : ''} — rule {currentRoute.ruleId}
                {currentRoute.rationale ? `: ${currentRoute.rationale}` : ''}.
              </p>
              {currentRoute.warnings.length > 0 && (
                <ul className="warnings">
                  {currentRoute.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              )}
              {routeStale && <p className="notice-inline">The grade or assessment changed since this routing: route it again.</p>}
            </div>
          )}
          {route.error ? <ErrorMessage error={route.error} title="The incident was not routed" /> : null}
          {(!currentRoute || routeStale) && (
            <button type="button" className="primary" disabled={route.isPending} onClick={() => route.mutate(incident.version)}>
              {route.isPending ? 'Routing…' : currentRoute ? 'Route again by the force’s rules' : 'Route by the force’s rules'}
            </button>
          )}
        </section>
      )}

      {deployed && (
        <section aria-labelledby="units-heading-panel">
          <h3 id="units-heading-panel" ref={headingRef('units')} tabIndex={-1}>
            Units
          </h3>
          {live.length > 0 && (
            <p>
              Assigned: {live.map((assignment) => `${assignment.callSign} (${assignment.arrivedAt ? 'on scene' : assignment.enRouteAt ? 'en route' : 'dispatched'} ${formatTime(assignment.arrivedAt ?? assignment.enRouteAt ?? assignment.dispatchedAt)})`).join(', ')}. Change a unit’s status on the unit board.
            </p>
          )}
          {incident.state !== 'resolved' && (
            <>
              <h4>{live.length > 0 ? 'Send another unit' : 'Recommended units'}</h4>
              <RecommendationsTable
                incidentId={incident.id}
                areaNames={areaNames}
                onAssigned={(callSign) => {
                  setMessage(`${callSign} assigned to ${shortRef(incident.id)}.`);
                }}
              />
            </>
          )}
        </section>
      )}

      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">Timeline</h3>
        <IncidentTimeline events={incident.timeline} myId={me?.id} />
      </section>
    </article>
  );
}
