/**
 * /cases: my cases, the handoffs behind them, the Victims' Code updates due and overdue, and one
 * case open beside them. Officers who own cases (response officers, PCSOs, investigators) and
 * supervisors work cases here; analysts see the figures; other roles are told this page is not
 * theirs (the server refuses them anyway).
 */
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useSession } from '../../api/session';
import type { Role } from '../../api/types';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { ROLE_LABELS } from '../../layout/role-labels';
import { usePlaceNames } from '../control-room/use-place-names';
import '../control-room/work-panel.css';
import { CaseDetail } from './case-detail';
import { HandoffFiguresView, MyCasesTable, VictimDeadlinesView } from './case-lists';
import './cases.css';
import { casesRoute } from './cases-routes';
import { useCaseLiveUpdates, useHandoffFigures, useMyCases, useVictimDeadlines, type CaseFilter } from './cases-queries';
import { OpenCaseForm } from './open-case-form';

/** Who may do what here (the policy table's roles). */
const OWNERS: ReadonlySet<Role> = new Set(['response-officer', 'pcso', 'investigator', 'supervisor']);
const FIGURES: ReadonlySet<Role> = new Set(['supervisor', 'analyst']);
const DEADLINES: ReadonlySet<Role> = new Set(['response-officer', 'pcso', 'investigator', 'supervisor', 'analyst']);

/** The cases page. */
export function CasesPage() {
  const { me } = useSession();
  const search = casesRoute.useSearch();
  const navigate = useNavigate({ from: '/cases' });
  const [filter, setFilter] = useState<CaseFilter>('open');
  const role = me?.role;
  const isOwner = role !== undefined && OWNERS.has(role);
  const seesFigures = role !== undefined && FIGURES.has(role);
  const seesDeadlines = role !== undefined && DEADLINES.has(role);
  const mine = useMyCases(filter, isOwner);
  const figures = useHandoffFigures(seesFigures);
  const deadlines = useVictimDeadlines(seesDeadlines);
  useCaseLiveUpdates();
  const places = usePlaceNames();
  const openCase = useCallback((caseId: string) => void navigate({ search: { case: caseId } }), [navigate]);
  const close = useCallback(() => void navigate({ search: {} }), [navigate]);

  if (me && !isOwner && !seesFigures) {
    return (
      <>
        <PageHeader title="Cases" />
        <p className="lead">Case work belongs to response officers, PCSOs, investigators and their supervisors.</p>
        <p>
          As a {ROLE_LABELS[me.role].toLowerCase()} you have no cases here. Crimes you record in the control room become cases when an officer opens them.
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Cases" />
      <div className="two-panes">
        <div className="pane-main">
          {isOwner && (
            <section aria-labelledby="mine-heading">
              <div className="section-header">
                <h2 id="mine-heading">My cases</h2>
                <div className="inline-form">
                  <label htmlFor="case-filter">Show</label>
                  <select id="case-filter" value={filter} onChange={(event) => setFilter(event.target.value as CaseFilter)}>
                    <option value="open">Open cases</option>
                    <option value="finalised">Finalised cases</option>
                    <option value="all">All my cases</option>
                  </select>
                </div>
              </div>
              {mine.isPending ? (
                <Loading what="your cases" />
              ) : mine.isError ? (
                <ErrorMessage error={mine.error} title="Your cases cannot be shown" />
              ) : (
                <>
                  <p className="hint">{ownHandoffSummary(mine.data.cases)}</p>
                  <MyCasesTable cases={mine.data.cases} selectedId={search.case} areaName={places.area} onOpen={openCase} />
                </>
              )}
              <details className="open-form">
                <summary>Open a case from a crime incident</summary>
                <OpenCaseForm onOpened={(subject) => openCase(subject.id)} />
              </details>
            </section>
          )}
          {seesDeadlines && (
            <section aria-labelledby="deadlines-heading">
              <h2 id="deadlines-heading">Victims’ Code updates</h2>
              {deadlines.isPending ? (
                <Loading what="the deadlines" />
              ) : deadlines.isError ? (
                <ErrorMessage error={deadlines.error} title="The deadlines cannot be shown" />
              ) : (
                <VictimDeadlinesView deadlines={deadlines.data} onOpenCase={openCase} />
              )}
            </section>
          )}
          {seesFigures && (
            <section aria-labelledby="figures-heading">
              <h2 id="figures-heading">Handoffs per case</h2>
              {figures.isPending ? (
                <Loading what="the handoff figures" />
              ) : figures.isError ? (
                <ErrorMessage error={figures.error} title="The handoff figures cannot be shown" />
              ) : (
                <HandoffFiguresView figures={figures.data} />
              )}
            </section>
          )}
        </div>
        <div className="pane-side">
          <section className="panel" aria-label={search.case ? `Case ${search.case}` : 'Case'}>
            {search.case ? (
              <CaseDetail key={search.case} caseId={search.case} canWork={isOwner} onClose={close} />
            ) : (
              <>
                <h2>No case open</h2>
                <p className="hint">Open a case from your list or the Victims’ Code worklist. Reading a case asks you why: its suspects and places are personal data.</p>
              </>
            )}
          </section>
        </div>
      </div>
    </>
  );
}

function ownHandoffSummary(cases: readonly { handoffCount: number }[]): string {
  if (cases.length === 0) return '';
  const handed = cases.filter((item) => item.handoffCount > 0).length;
  const most = Math.max(...cases.map((item) => item.handoffCount));
  return `${cases.length} case${cases.length === 1 ? '' : 's'}; ${handed} changed hands${most > 0 ? ` (at most ${most} times)` : ''}.`;
}
