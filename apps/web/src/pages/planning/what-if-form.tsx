/** Builds a what-if scenario the model does not carry: abstraction at a new total, or two areas merged. */
import { useId, useState, type FormEvent } from 'react';
import type { PlanningModelSummary } from './types';

/** The form; `onApply` receives the scenario id (`abstraction:40`, `merge:a,b`). */
export function WhatIfForm({ model, onApply, applyLabel, summary }: { model: Pick<PlanningModelSummary, 'areas'>; onApply: (scenario: string) => void; applyLabel: string; summary: string }) {
  const ids = { percent: useId(), first: useId(), second: useId() };
  const [percent, setPercent] = useState('40');
  const [first, setFirst] = useState(model.areas[0]?.id ?? '');
  const [second, setSecond] = useState(model.areas[1]?.id ?? '');
  const abstraction = (event: FormEvent) => {
    event.preventDefault();
    if (percent.trim() !== '' && Number.isFinite(Number(percent))) onApply(`abstraction:${Number(percent)}`);
  };
  const merge = (event: FormEvent) => {
    event.preventDefault();
    if (first !== second) onApply(`merge:${first},${second}`);
  };
  return (
    <details className="what-if">
      <summary>{summary}</summary>
      <form className="what-if-form" onSubmit={abstraction}>
        <div className="field">
          <label htmlFor={ids.percent}>Abstraction at (per cent, in all)</label>
          <input id={ids.percent} type="number" min={0} max={99} step={1} value={percent} onChange={(event) => setPercent(event.target.value)} />
        </div>
        <button type="submit">{applyLabel} this abstraction</button>
      </form>
      {model.areas.length >= 2 && (
        <form className="what-if-form" onSubmit={merge}>
          <AreaSelect id={ids.first} label="Merge area" areas={model.areas} value={first} onChange={setFirst} />
          <AreaSelect id={ids.second} label="with area" areas={model.areas} value={second} onChange={setSecond} />
          <button type="submit" disabled={first === second}>
            {applyLabel} this merger
          </button>
        </form>
      )}
    </details>
  );
}

function AreaSelect({ id, label, areas, value, onChange }: { id: string; label: string; areas: PlanningModelSummary['areas']; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </select>
    </div>
  );
}
