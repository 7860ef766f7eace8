/** The simulation's settings: rostering (the plan or the model), days, replications and seed — bounded as the server bounds them. */
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';

/** The settings sent. */
export interface SimulationSettings {
  rostering: 'plan' | 'model';
  days: number;
  replications: number;
  seed: number;
}

/** The server's bounds (apps/server/src/routes/planning/planning-simulations.ts). */
export const SIMULATION_BOUNDS = { maxDays: 28, maxReplications: 10 } as const;

/** The form; `error` is the last run's, shown beside the field it names. */
export function SimulationForm({ onRun, running, error, submitLabel = 'Run the simulation', showRostering = true }: { onRun: (settings: SimulationSettings) => void; running: boolean; error: unknown; submitLabel?: string; showRostering?: boolean }) {
  const ids = { plan: useId(), model: useId(), days: useId(), replications: useId(), seed: useId(), error: useId() };
  const [rostering, setRostering] = useState<'plan' | 'model'>('plan');
  const [days, setDays] = useState('7');
  const [replications, setReplications] = useState('4');
  const [seed, setSeed] = useState('1');
  const fieldError = (field: string) => (error instanceof ApiError && error.field === field ? error.message : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRun({ rostering, days: Number(days), replications: Number(replications), seed: Number(seed) });
  };
  const numberField = (id: string, label: string, value: string, set: (value: string) => void, field: string, bounds: { min: number; max: number }) => {
    const message = fieldError(field);
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="number" inputMode="numeric" min={bounds.min} max={bounds.max} step={1} value={value} onChange={(event) => set(event.target.value)} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} />
        {message && (
          <p className="field-error" id={`${id}-error`}>
            {message}
          </p>
        )}
      </div>
    );
  };
  return (
    <form className="simulation-form" onSubmit={submit} noValidate>
      {showRostering && (
        <fieldset>
          <legend>Who is on duty</legend>
          <div className="radio">
            <input type="radio" id={ids.plan} name="rostering" checked={rostering === 'plan'} onChange={() => setRostering('plan')} />
            <label htmlFor={ids.plan}>The plan’s response posts (final figures)</label>
          </div>
          <div className="radio">
            <input type="radio" id={ids.model} name="rostering" checked={rostering === 'model'} onChange={() => setRostering('model')} />
            <label htmlFor={ids.model}>The model’s own rostering</label>
          </div>
        </fieldset>
      )}
      {numberField(ids.days, `Days measured (1 to ${SIMULATION_BOUNDS.maxDays}, after a day of warm-up)`, days, setDays, 'days', { min: 1, max: SIMULATION_BOUNDS.maxDays })}
      {numberField(ids.replications, `Replications (2 to ${SIMULATION_BOUNDS.maxReplications}, for the confidence intervals)`, replications, setReplications, 'replications', { min: 2, max: SIMULATION_BOUNDS.maxReplications })}
      {numberField(ids.seed, 'Seed (the same seed gives the same run)', seed, setSeed, 'seed', { min: 0, max: 2 ** 31 - 1 })}
      <div className="actions">
        <button type="submit" className="primary" disabled={running}>
          {running ? 'Simulating…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
