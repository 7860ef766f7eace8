/**
 * The units to send, best first (GET /api/incidents/:id/recommendations): travel time and arrival,
 * whether the grade's target would be met, the Grade 1 cover each departure would cost, and the
 * reasons behind the score (the best five first; the rest on request). One click (or Enter)
 * assigns a unit. When another controller took it
 * first the server answers 409 UNIT_UNAVAILABLE: that is said plainly and the list is refreshed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { INCIDENTS_KEY, UNITS_KEY, useRecommendations } from './control-room-queries';
import { formatTime } from './queue-model';
import type { Recommendation } from './types';

/** Units listed before "show all". */
const SHOWN_AT_FIRST = 5;

interface RecommendationsTableProps {
  incidentId: string;
  areaNames: ReadonlyMap<string, string>;
  onAssigned: (callSign: string) => void;
}

/** The ranked units with an Assign button each. */
export function RecommendationsTable({ incidentId, areaNames, onAssigned }: RecommendationsTableProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const recommendations = useRecommendations(incidentId, true);
  const alertRef = useRef<HTMLDivElement>(null);
  const [showAll, setShowAll] = useState(false);
  const assign = useMutation({
    mutationFn: (recommendation: Recommendation) => api.post(`/api/incidents/${encodeURIComponent(incidentId)}/assignments`, { unitId: recommendation.unitId }),
    onSuccess: (_result, recommendation) => {
      onAssigned(recommendation.callSign);
      void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
      void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
    },
    onError: (error) => {
      // Someone else took the unit: refresh what is free now.
      if (error instanceof ApiError && error.code === 'UNIT_UNAVAILABLE') {
        void queryClient.invalidateQueries({ queryKey: [...INCIDENTS_KEY, 'recommendations', incidentId] });
        void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
      }
      requestAnimationFrame(() => alertRef.current?.focus());
    },
  });

  if (recommendations.isPending) return <Loading what="the recommendations" />;
  if (recommendations.isError) return <ErrorMessage error={recommendations.error} title="No recommendations" />;
  const { data } = recommendations;
  const unavailable = assign.error instanceof ApiError && assign.error.code === 'UNIT_UNAVAILABLE';
  const excluded = Object.entries(data.excluded).filter(([, count]) => count > 0);
  const shown = showAll ? data.recommendations : data.recommendations.slice(0, SHOWN_AT_FIRST);
  return (
    <div className="recommendations">
      {assign.error ? (
        <div ref={alertRef} tabIndex={-1} className="assign-error">
          {unavailable ? (
            <div className="error-summary" role="alert">
              <h4>{assign.variables?.callSign ?? 'That unit'} is no longer available</h4>
              <p>{assign.error.message}</p>
              <p>The recommendations below have been refreshed: choose another unit.</p>
            </div>
          ) : (
            <ErrorMessage error={assign.error} title="The unit was not assigned" />
          )}
        </div>
      ) : null}
      <p className="hint">
        {data.eligibleUnits} of {data.consideredUnits} units on duty can attend
        {excluded.length > 0 ? ` (left out: ${excluded.map(([why, count]) => `${count} ${why.replace(/-/g, ' ')}`).join(', ')})` : ''}.
        {data.coverageAssessed ? '' : ' The Grade 1 coverage cost is not known: the areas’ ward boundaries are not imported.'}
      </p>
      {data.recommendations.length === 0 ? (
        <p>No unit can be recommended now.</p>
      ) : (
        <ol className="recommendation-list" aria-label="Recommended units, best first">
          {shown.map((recommendation) => (
            <li key={recommendation.unitId} className="recommendation">
              <div className="recommendation-summary">
                <p className="recommendation-unit">
                  <span className="rank" aria-hidden="true">
                    {recommendation.rank}
                  </span>
                  <strong>{recommendation.callSign}</strong>
                </p>
                <p>
                  {recommendation.travel.time.toFixed(0)} min, {recommendation.travel.road.toFixed(1)} km · arrives {formatTime(recommendation.estimatedArrival)}
                  {recommendation.meetsTarget === undefined ? '' : recommendation.meetsTarget ? ' · meets the target' : ' · misses the target'}
                </p>
                <p>Coverage cost: {coverageText(recommendation, data.coverageAssessed, areaNames)}</p>
                <details>
                  <summary>Why ({recommendation.reasons.length})</summary>
                  <ul className="reasons compact">
                    {recommendation.reasons.map((reason, index) => (
                      <li key={index}>{reason.text}</li>
                    ))}
                  </ul>
                </details>
              </div>
              <button type="button" className={recommendation.rank === 1 ? 'primary' : undefined} disabled={assign.isPending} onClick={() => assign.mutate(recommendation)}>
                Assign {recommendation.callSign}
              </button>
            </li>
          ))}
        </ol>
      )}
      {data.recommendations.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {data.recommendations.length} units
        </button>
      )}
    </div>
  );
}

function coverageText(recommendation: Recommendation, assessed: boolean, areaNames: ReadonlyMap<string, string>): string {
  if (!assessed || recommendation.coverageLoss === undefined) return 'Not assessed';
  if (recommendation.coverageLoss.length === 0) return 'None';
  return recommendation.coverageLoss
    .map((loss) => `${areaNames.get(loss.areaId) ?? loss.areaId}: ${loss.minutesAfter === null ? 'no cover left' : `${loss.minutesAfter.toFixed(0)} min from cover`} (target ${loss.targetMinutes})`)
    .join('; ');
}
