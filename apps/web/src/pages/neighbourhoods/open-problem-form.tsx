/**
 * Open a problem profile at SARA scanning (POST /api/problems): a title, the issue — in the
 * incidents' vocabulary (a data.police.uk category or an NSIR code), so the top-ten list counts
 * it — and the place: described, in a ward of the force.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { errorFor, Field, isFieldError, type FieldErrors } from '../control-room/form-fields';
import type { ControlRoomReference } from '../control-room/types';
import { PROBLEMS_KEY } from './neighbourhoods-queries';
import type { Problem } from './types';

const FIELDS = ['title', 'issue', 'location.description', 'location.wardCode', 'location'];

/** The form; `wards` are the force's wards (code and name) to choose from. */
export function OpenProblemForm({ reference, wards, onOpened }: { reference: ControlRoomReference; wards: readonly { code: string; name: string }[]; onOpened: (problem: Problem) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [issue, setIssue] = useState('anti-social-behaviour');
  const [description, setDescription] = useState('');
  const [wardCode, setWardCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const open = useMutation({
    mutationFn: (body: unknown) => api.post<Problem>('/api/problems', body),
    onSuccess: (problem) => {
      void queryClient.invalidateQueries({ queryKey: PROBLEMS_KEY });
      setTitle('');
      setDescription('');
      onOpened(problem);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!title.trim()) found.title = 'Give the problem a title.';
    if (!description.trim()) found['location.description'] = 'Describe the place (e.g. “the underpass by the station”).';
    if (!wardCode) found['location.wardCode'] = 'Choose the ward.';
    setErrors(found);
    if (Object.keys(found).length === 0) open.mutate({ title: title.trim(), issue, location: { description: description.trim(), wardCode } });
  };
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Open a problem profile">
      {open.error && !isFieldError(open.error, FIELDS) ? <ErrorMessage error={open.error} title="The problem was not opened" /> : null}
      <Field label="Title" error={errorFor('title', errors, open.error)}>
        {(props) => <input {...props} autoComplete="off" value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field label="Issue" hint="As incidents are counted: a crime category or an incident type." error={errorFor('issue', errors, open.error)}>
        {(props) => (
          <select {...props} value={issue} onChange={(event) => setIssue(event.target.value)}>
            <optgroup label="Crime and ASB (data.police.uk)">
              {reference.policeUkCategories.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Incident types (NSIR)">
              {reference.incidentCodes
                .filter((item) => item.code !== 'crime')
                .map((item) => (
                  <option key={item.code} value={item.code}>
                    {item.name}
                  </option>
                ))}
            </optgroup>
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field label="Place" error={errorFor('location.description', errors, open.error)}>
          {(props) => <input {...props} autoComplete="off" value={description} onChange={(event) => setDescription(event.target.value)} />}
        </Field>
        <Field label="Ward" error={errorFor('location.wardCode', errors, open.error)}>
          {(props) => (
            <select {...props} value={wardCode} onChange={(event) => setWardCode(event.target.value)}>
              <option value="">Choose a ward</option>
              {wards.map((ward) => (
                <option key={ward.code} value={ward.code}>
                  {ward.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div>
        <button type="submit" disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open the problem profile'}
        </button>
      </div>
    </form>
  );
}
