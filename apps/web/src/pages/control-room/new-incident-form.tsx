/**
 * Record a new incident (POST /api/incidents): the channel, the caller, where (latitude and
 * longitude typed, or a click on the map), the NSIR incident type (a crime with its
 * data.police.uk category; qualifiers such as mental health) and what was reported. The caller's
 * details are personal data: the server audits their collection. Errors are shown at the field
 * the server names.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { INCIDENTS_KEY } from './control-room-queries';
import { errorFor, Field, isFieldError, type FieldErrors } from './form-fields';
import type { ControlRoomReference, IncidentPersonalData } from './types';

/** A point picked on the map; `pickedAt` tells one click from the next. */
export interface PickedLocation {
  lat: number;
  lon: number;
  pickedAt: number;
}

interface NewIncidentFormProps {
  reference: ControlRoomReference;
  pickedLocation: PickedLocation | undefined;
  onCreated: (incident: IncidentPersonalData) => void;
  onCancel: () => void;
}

/** The fields the form shows a server error beside; any other error goes in the banner. */
const FIELDS = ['channelId', 'caller.name', 'caller.phone', 'location.lat', 'location.lon', 'location.description', 'incidentType.code', 'incidentType.policeUkCategory', 'demandTypeId', 'description'] as const;

const CATEGORY_NAMES: Record<string, string> = {
  'public-safety-welfare': 'Public safety and welfare',
  crime: 'Crime',
  'anti-social-behaviour': 'Anti-social behaviour',
  transport: 'Transport',
};

/** The form. */
export function NewIncidentForm({ reference, pickedLocation, onCreated, onCancel }: NewIncidentFormProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [channelId, setChannelId] = useState(reference.channels[0]?.id ?? '');
  const [callerName, setCallerName] = useState('');
  const [callerPhone, setCallerPhone] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('crime');
  const [category, setCategory] = useState('');
  const [qualifiers, setQualifiers] = useState<string[]>([]);
  const [demandTypeId, setDemandTypeId] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (!pickedLocation) return;
    setLat(pickedLocation.lat.toFixed(5));
    setLon(pickedLocation.lon.toFixed(5));
  }, [pickedLocation]);

  const codesByCategory = useMemo(() => {
    const groups = new Map<string, ControlRoomReference['incidentCodes']>();
    for (const item of reference.incidentCodes) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
    return [...groups.entries()];
  }, [reference]);

  const create = useMutation({
    mutationFn: (body: unknown) => api.post<IncidentPersonalData>('/api/incidents', body),
    onSuccess: (incident) => {
      void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
      onCreated(incident);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const latitude = Number(lat);
    const longitude = Number(lon);
    if (!channelId) found.channelId = 'Choose the channel the call came by.';
    if (lat.trim() === '' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) found['location.lat'] = 'Enter a latitude from -90 to 90 (or click the map).';
    if (lon.trim() === '' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) found['location.lon'] = 'Enter a longitude from -180 to 180 (or click the map).';
    if (code === 'crime' && !category) found['incidentType.policeUkCategory'] = 'Choose the crime category.';
    if (!description.trim()) found.description = 'Say what was reported.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate({
      channelId,
      caller: { name: callerName.trim() || null, phone: callerPhone.trim() || null },
      location: { lat: latitude, lon: longitude, description: address.trim() || null },
      incidentType: { code, ...(qualifiers.length > 0 ? { qualifiers } : {}), ...(code === 'crime' ? { policeUkCategory: category } : {}) },
      ...(demandTypeId ? { demandTypeId } : {}),
      description: description.trim(),
    });
  };

  const err = (field: string) => errorFor(field, errors, create.error);
  const toggleQualifier = (qualifier: string, on: boolean) => setQualifiers((current) => (on ? [...current, qualifier] : current.filter((item) => item !== qualifier)));

  return (
    <form className="form panel-form" onSubmit={submit} noValidate aria-labelledby="new-incident-heading">
      <h2 id="new-incident-heading" ref={heading} tabIndex={-1}>
        New incident
      </h2>
      {create.error && !isFieldError(create.error, FIELDS) ? <ErrorMessage error={create.error} title="The incident was not recorded" /> : null}
      <Field label="Channel" error={err('channelId')}>
        {(props) => (
          <select {...props} value={channelId} onChange={(event) => setChannelId(event.target.value)}>
            {reference.channels.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.name} ({channel.id})
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="fieldset">
        <legend>Caller (personal data: its collection is audited)</legend>
        <div className="field-row">
          <Field label="Caller's name" error={err('caller.name')}>
            {(props) => <input {...props} autoComplete="off" value={callerName} onChange={(event) => setCallerName(event.target.value)} />}
          </Field>
          <Field label="Caller's phone" error={err('caller.phone')}>
            {(props) => <input {...props} type="tel" autoComplete="off" value={callerPhone} onChange={(event) => setCallerPhone(event.target.value)} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Location</legend>
        <p className="hint">Type the coordinates, or click the map below to place the incident.</p>
        <div className="field-row">
          <Field label="Latitude" error={err('location.lat')}>
            {(props) => <input {...props} inputMode="decimal" value={lat} onChange={(event) => setLat(event.target.value)} />}
          </Field>
          <Field label="Longitude" error={err('location.lon')}>
            {(props) => <input {...props} inputMode="decimal" value={lon} onChange={(event) => setLon(event.target.value)} />}
          </Field>
        </div>
        <Field label="Address or landmark (optional)" error={err('location.description')}>
          {(props) => <input {...props} autoComplete="off" value={address} onChange={(event) => setAddress(event.target.value)} />}
        </Field>
      </fieldset>
      <Field label="Incident type (NSIR)" error={err('incidentType.code')}>
        {(props) => (
          <select {...props} value={code} onChange={(event) => setCode(event.target.value)}>
            {codesByCategory.map(([categoryId, codes]) => (
              <optgroup key={categoryId} label={CATEGORY_NAMES[categoryId] ?? categoryId}>
                {codes.map((item) => (
                  <option key={item.code} value={item.code}>
                    {item.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      {code === 'crime' && (
        <Field label="Crime category (data.police.uk)" error={err('incidentType.policeUkCategory')}>
          {(props) => (
            <select {...props} value={category} onChange={(event) => setCategory(event.target.value)}>
              <option value="">Choose a category</option>
              {reference.policeUkCategories.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <fieldset className="fieldset">
        <legend>Qualifiers (optional)</legend>
        <div className="checkbox-row">
          {reference.qualifiers.map((qualifier) => (
            <label key={qualifier} className="checkbox">
              <input type="checkbox" checked={qualifiers.includes(qualifier)} onChange={(event) => toggleQualifier(qualifier, event.target.checked)} /> {qualifier.replace(/-/g, ' ')}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Demand type" hint="Leave it to Peel to decide from the incident type, unless it asks you to choose." error={err('demandTypeId')}>
        {(props) => (
          <select {...props} value={demandTypeId} onChange={(event) => setDemandTypeId(event.target.value)}>
            <option value="">Decide from the incident type</option>
            {reference.demandTypes.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="What was reported" error={err('description')}>
        {(props) => <textarea {...props} rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Recording…' : 'Record incident'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
