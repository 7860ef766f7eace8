/**
 * /dashboard — the performance dashboard: the seed forces' measures (attendance compliance on the
 * target's clock, handoffs, end-to-end times, the Resolution Centre, Victims' Code updates,
 * abandonment and abstraction) for a window and an area, before and after a chosen day, week by
 * week and by area, with the progress report as a PDF. Every figure is the server's text
 * (`GET /api/performance/measures`), so the page and the PDF say the same.
 */
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useApi } from '../../api/api-context';
import { useSession } from '../../api/session';
import type { ActiveForce } from '../../api/types';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { FORCE_QUERY_KEY } from '../../layout/app-shell';
import { AreaSection } from './area-section';
import { ComparisonSection } from './comparison-section';
import { dashboardRoute } from './dashboard-routes';
import { performanceQuery } from './dashboard-search';
import { FiltersForm } from './filters-form';
import { HeadlineCards } from './headline-cards';
import { ReportDownload } from './report-download';
import { TrendSection } from './trend-section';
import type { PerformanceResponse } from './types';
import './dashboard.css';

const AS_AT = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The performance dashboard. */
export function DashboardPage() {
  const api = useApi();
  const { me } = useSession();
  const search = dashboardRoute.useSearch();
  const navigate = useNavigate({ from: '/dashboard' });
  const force = useQuery({ queryKey: FORCE_QUERY_KEY, queryFn: ({ signal }) => api.get<ActiveForce>('/api/force', { signal }), staleTime: Infinity, retry: false });
  const measures = useQuery({
    queryKey: ['performance', 'measures', search],
    queryFn: ({ signal }) => api.get<PerformanceResponse>('/api/performance/measures', { query: performanceQuery(search), signal }),
  });
  const data = measures.data;
  const areaName = data ? (data.areaId === null ? 'whole force' : (data.areas.find((area) => area.areaId === data.areaId)?.name ?? data.areaId)) : '';
  return (
    <>
      <PageHeader title="Performance dashboard">
        {data && <ReportDownload search={search} fileName={`peel-progress-report-${data.modelId}-${data.areaId ?? 'force'}-${data.fromDate}-to-${data.toDate}.pdf`} />}
      </PageHeader>
      <p className="lead">The measures the seed forces judge their local policing by, from what was recorded here, with the uncertainty of each figure.</p>
      <FiltersForm
        key={data ? `${data.fromDate}|${data.toDate}` : 'loading'}
        search={search}
        shown={data}
        force={force.data}
        me={me}
        onApply={(next) => void navigate({ search: next })}
      />
      {measures.isPending && <Loading what="the figures" />}
      <ErrorMessage error={measures.error} title="The figures could not be shown" />
      {data && (
        <>
          <p className="dashboard-scope" role="status">
            Figures for {data.fromDate} to {data.toDate} (London days), {areaName}; as at {AS_AT.format(new Date(data.computedAt))}.
          </p>
          <section aria-labelledby="headlines-heading">
            <h2 id="headlines-heading">Headline figures</h2>
            <HeadlineCards figures={data.headlines} />
          </section>
          <ComparisonSection response={data} />
          <TrendSection response={data} />
          <AreaSection response={data} />
          <section aria-labelledby="definitions-heading">
            <h2 id="definitions-heading">How the figures are defined</h2>
            <dl className="definitions">
              {data.definitions.map((note) => (
                <div key={note.title}>
                  <dt>{note.title}</dt>
                  <dd>{note.text}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}
    </>
  );
}
