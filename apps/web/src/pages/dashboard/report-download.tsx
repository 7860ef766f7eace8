/** "Download progress report (PDF)": the same window, area and comparison as the page, as a file. */
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { performanceQuery, type DashboardSearch } from './dashboard-search';

/** The button and what became of the last download. */
export function ReportDownload({ search, fileName }: { search: DashboardSearch; fileName: string }) {
  const api = useApi();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'busy' });
    try {
      const blob = await api.getBlob('/api/performance/report.pdf', { query: performanceQuery(search) });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the URL goes.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'done', name: fileName });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  return (
    <div className="report-download">
      <button type="button" className="primary" onClick={() => void download()} disabled={state.kind === 'busy'}>
        Download progress report (PDF)
      </button>
      <p role="status" className="hint">
        {state.kind === 'busy' ? 'Preparing the report…' : state.kind === 'done' ? `Downloaded ${state.name}` : ''}
      </p>
      {state.kind === 'failed' && <ErrorMessage error={state.error} title="The report could not be made" />}
    </div>
  );
}
