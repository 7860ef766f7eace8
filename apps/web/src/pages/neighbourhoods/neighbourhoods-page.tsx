/**
 * /neighbourhoods: neighbourhood teams working problems with partners (SARA) — the problem
 * profiles, partner tasks past their agreed response time, the top issues of each ward, and one
 * problem open beside them. PCSOs, response officers and supervisors work problems; controllers
 * and investigators read them; analysts see every area.
 */
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { useSession } from '../../api/session';
import type { Role } from '../../api/types';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { ROLE_LABELS } from '../../layout/role-labels';
import { useControlRoomReference } from '../control-room/control-room-queries';
import { usePlaceNames } from '../control-room/use-place-names';
import '../control-room/work-panel.css';
import { useOverdueTasks, useProblemLiveUpdates, useProblems, useWardIssues, type ProblemFilter } from './neighbourhoods-queries';
import { neighbourhoodsRoute } from './neighbourhoods-routes';
import './neighbourhoods.css';
import { OpenProblemForm } from './open-problem-form';
import { ProblemDetail } from './problem-detail';
import { OverdueTasksTable, ProblemsTable, WardIssuesView, type Names } from './problem-lists';

/** Roles that work problems (the policy table's PROBLEM_SOLVERS) and that read them. */
const SOLVERS: ReadonlySet<Role> = new Set(['pcso', 'response-officer', 'supervisor', 'analyst']);
const READERS: ReadonlySet<Role> = new Set([...SOLVERS, 'investigator', 'controller']);

/** The neighbourhoods page. */
export function NeighbourhoodsPage() {
  const { me } = useSession();
  const search = neighbourhoodsRoute.useSearch();
  const navigate = useNavigate({ from: '/neighbourhoods' });
  const [filter, setFilter] = useState<ProblemFilter>('open');
  const solver = me !== undefined && SOLVERS.has(me.role);
  const reader = me !== undefined && READERS.has(me.role);
  const reference = useControlRoomReference();
  const places = usePlaceNames();
  const problems = useProblems(filter);
  const overdue = useOverdueTasks(solver);
  const wardIssues = useWardIssues();
  useProblemLiveUpdates();
  const open = useCallback((problemId: string) => void navigate({ search: { problem: problemId } }), [navigate]);
  const close = useCallback(() => void navigate({ search: {} }), [navigate]);

  const names = useMemo<Names>(() => {
    const issueNames = new Map<string, string>([...(reference.data?.policeUkCategories ?? []).map((item) => [item.id, item.name] as const), ...(reference.data?.incidentCodes ?? []).map((item) => [item.code, item.name] as const)]);
    const partnerNames = new Map((reference.data?.partners ?? []).map((item) => [item.id, item.name]));
    return {
      ward: places.ward,
      area: places.area,
      issue: (issue) => issueNames.get(issue) ?? issue.replace(/-/g, ' '),
      partner: (id) => partnerNames.get(id) ?? id,
    };
  }, [places, reference.data]);

  if (me && !reader) {
    return (
      <>
        <PageHeader title="Neighbourhoods" />
        <p className="lead">Problem-solving with partners belongs to neighbourhood teams and their supervisors.</p>
        <p>As a {ROLE_LABELS[me.role].toLowerCase()} you have no problem profiles here.</p>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Neighbourhoods" />
      <div className="two-panes">
        <div className="pane-main">
          <section aria-labelledby="problems-heading">
            <div className="section-header">
              <h2 id="problems-heading">Problem profiles</h2>
              <div className="inline-form">
                <label htmlFor="problem-filter">Show</label>
                <select id="problem-filter" value={filter} onChange={(event) => setFilter(event.target.value as ProblemFilter)}>
                  <option value="open">Open problems</option>
                  <option value="closed">Closed problems</option>
                  <option value="all">All problems</option>
                </select>
              </div>
            </div>
            {problems.isPending ? (
              <Loading what="the problems" />
            ) : problems.isError ? (
              <ErrorMessage error={problems.error} title="The problems cannot be shown" />
            ) : (
              <ProblemsTable problems={problems.data.problems} names={names} selectedId={search.problem} onOpen={open} />
            )}
            {solver && reference.data && (
              <details className="open-form">
                <summary>Open a problem profile</summary>
                <OpenProblemForm reference={reference.data} wards={places.wards} onOpened={(problem) => open(problem.id)} />
              </details>
            )}
          </section>
          {solver && (
            <section aria-labelledby="overdue-heading">
              <h2 id="overdue-heading">Partner tasks past their deadline</h2>
              {overdue.isPending ? <Loading what="the overdue tasks" /> : overdue.isError ? <ErrorMessage error={overdue.error} title="The overdue tasks cannot be shown" /> : <OverdueTasksTable overdue={overdue.data} names={names} onOpen={open} />}
            </section>
          )}
          <section aria-labelledby="ward-issues-heading">
            <h2 id="ward-issues-heading">Top ten issues per ward</h2>
            {wardIssues.isPending ? <Loading what="the ward issues" /> : wardIssues.isError ? <ErrorMessage error={wardIssues.error} title="The ward issues cannot be shown" /> : <WardIssuesView wardIssues={wardIssues.data} names={names} />}
          </section>
        </div>
        <div className="pane-side">
          <section className="panel" aria-label={search.problem ? 'Problem profile' : 'Problem'}>
            {search.problem && reference.data ? (
              <ProblemDetail key={search.problem} problemId={search.problem} reference={reference.data} names={names} canWork={solver} onClose={close} />
            ) : search.problem ? (
              <Loading what="the problem" />
            ) : (
              <>
                <h2>No problem open</h2>
                <p className="hint">Open a problem profile from the list to work it through scanning, analysis, response and assessment with its partners.</p>
              </>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
