/**
 * /control-room: the live incident queue by grade with target clocks, the selected incident
 * (THRIVE+, grade, routing, recommendations, timeline) or the new-incident form, the unit board
 * and the map — all refreshed by live events (training mode keeps them moving). Call handlers
 * record, assess and grade; controllers and supervisors also route, dispatch and move units.
 */
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useSession } from '../../api/session';
import type { ActiveForce } from '../../api/types';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { FORCE_QUERY_KEY } from '../../layout/app-shell';
import { ControlRoomMap } from './control-room-map';
import { useControlRoomLiveUpdates, useControlRoomReference, useIncidentQueue, useUnitBoard, useWardBoundaries } from './control-room-queries';
import { controlRoomRoute } from './control-room-routes';
import './work-panel.css';
import './control-room.css';
import { IncidentPanel } from './incident-panel';
import { IncidentQueue } from './incident-queue';
import { NewIncidentForm, type PickedLocation } from './new-incident-form';
import { QueueAnnouncer } from './queue-announcer';
import type { IncidentPersonalData } from './types';
import { UnitBoard } from './unit-board';

/** Roles that route, dispatch and change units (the policy table's). */
const DISPATCH_ROLES = new Set(['controller', 'supervisor']);

/** The control room. */
export function ControlRoomPage() {
  const api = useApi();
  const { me } = useSession();
  const search = controlRoomRoute.useSearch();
  const navigate = useNavigate({ from: '/control-room' });
  const canDispatch = me !== undefined && DISPATCH_ROLES.has(me.role);
  const force = useQuery({ queryKey: FORCE_QUERY_KEY, queryFn: ({ signal }) => api.get<ActiveForce>('/api/force', { signal }), staleTime: Infinity, retry: false });
  const reference = useControlRoomReference();
  const queue = useIncidentQueue();
  const units = useUnitBoard(canDispatch);
  const boundaries = useWardBoundaries();
  useControlRoomLiveUpdates();
  const [personalData, setPersonalData] = useState<ReadonlyMap<string, IncidentPersonalData>>(new Map());
  const [picked, setPicked] = useState<PickedLocation | undefined>(undefined);

  const areaNames = useMemo(() => new Map((force.data?.areas ?? []).map((area) => [area.id, area.name])), [force.data]);
  const select = useCallback((incidentId: string) => void navigate({ search: { incident: incidentId } }), [navigate]);
  const close = useCallback(() => void navigate({ search: {} }), [navigate]);
  const remember = useCallback((data: IncidentPersonalData) => setPersonalData((current) => new Map(current).set(data.id, data)), []);
  const pick = useCallback((point: { lat: number; lon: number }) => setPicked({ ...point, pickedAt: Date.now() }), []);

  const incidents = queue.data?.incidents ?? [];
  let panel;
  if (search.new) {
    panel = reference.data ? (
      <NewIncidentForm
        reference={reference.data}
        pickedLocation={picked}
        onCreated={(incident) => {
          remember(incident);
          setPicked(undefined);
          select(incident.id);
        }}
        onCancel={close}
      />
    ) : reference.isError ? (
      <ErrorMessage error={reference.error} title="The form cannot be shown" />
    ) : (
      <Loading what="the form" />
    );
  } else if (search.incident) {
    panel = reference.data ? (
      <IncidentPanel
        incidentId={search.incident}
        reference={reference.data}
        areaNames={areaNames}
        knownPersonalData={personalData.get(search.incident)}
        onPersonalDataRead={remember}
        onClose={close}
      />
    ) : (
      <Loading what="the incident" />
    );
  } else {
    panel = (
      <>
        <h2>No incident open</h2>
        <p className="hint">Open an incident from the queue (or on the map), or record a new one.</p>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Control room">
        <button type="button" className="primary" onClick={() => void navigate({ search: { new: true } })}>
          New incident
        </button>
      </PageHeader>
      <QueueAnnouncer incidents={queue.data?.incidents} />
      <div className="control-room">
        <div className="control-room-main">
          <section aria-labelledby="queue-heading">
            <h2 id="queue-heading">Incident queue</h2>
            <p className="hint">
              Open incidents by grade, soonest target first. Each target says which clock it runs on — from the call being answered, from grading or from
              dispatch — as the force’s model sets it for that grade.
              {queue.data?.truncated ? ' Only the most recent incidents are shown.' : ''}
            </p>
            {queue.isPending ? (
              <Loading what="the queue" />
            ) : queue.isError ? (
              <ErrorMessage error={queue.error} title="The queue cannot be shown" />
            ) : (
              <IncidentQueue incidents={incidents} reference={reference.data} areaNames={areaNames} selectedId={search.incident} onSelect={select} />
            )}
          </section>
          {canDispatch && (
            <section aria-labelledby="units-heading">
              <h2 id="units-heading">Unit board</h2>
              {units.isPending ? (
                <Loading what="the units" />
              ) : units.isError ? (
                <ErrorMessage error={units.error} title="The units cannot be shown" />
              ) : (
                <UnitBoard units={units.data.units} areaNames={areaNames} onSelectIncident={select} />
              )}
            </section>
          )}
        </div>
        <div className="control-room-side">
          <section className="panel" aria-label={search.new ? 'New incident' : search.incident ? `Incident ${search.incident}` : 'Incident'}>
            {panel}
          </section>
          <section aria-labelledby="map-heading">
            <h2 id="map-heading">Incidents and units on the map</h2>
            {boundaries.isPending ? (
              <Loading what="the map" />
            ) : (
              <ControlRoomMap
                boundaries={boundaries.data}
                incidents={incidents}
                units={canDispatch ? (units.data?.units ?? []) : []}
                selectedId={search.incident}
                onSelectIncident={select}
                onPick={search.new ? pick : undefined}
              />
            )}
            {boundaries.isError ? <ErrorMessage error={boundaries.error} title="The ward boundaries cannot be shown" /> : null}
          </section>
        </div>
      </div>
    </>
  );
}
