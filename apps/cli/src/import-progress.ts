/**
 * Import progress on stderr: a bar on a terminal (cli-progress; rows/s, ETA from bytes read), plain
 * lines otherwise (logs, CI, a parent process), at most one a second per file plus one when each
 * file starts and ends. stdout is left to the summary, so `--json` output stays parseable.
 */
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { ImportProgress } from '@peel/ingest';

/** Receives an import's progress events; `stop()` restores the terminal. */
export interface ImportProgressReporter {
  onProgress(event: ImportProgress): void;
  stop(): void;
}

/** Seconds between plain progress lines for one file. */
const LINE_INTERVAL_MS = 1000;

const count = new Intl.NumberFormat('en-GB');

/** Rows per second since `startedAt` (performance.now() milliseconds). */
function rate(rows: number, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000;
  return seconds > 0 ? count.format(Math.round(rows / seconds)) : '–';
}

/** One line for a finished file. */
function describeEnd(event: Extract<ImportProgress, { type: 'file-end' }>): string {
  const { report } = event;
  if (report.status === 'failed') return `${event.file}: not imported: ${report.errors[0]?.reason ?? 'failed'}`;
  if (report.status === 'already-imported') return `${event.file}: already imported (${count.format(report.duplicatesSkipped)} rows), skipped`;
  return `${event.file}: ${count.format(report.rowsRead)} rows read, ${count.format(report.imported)} imported, ${count.format(report.rejected)} rejected in ${report.seconds.toFixed(1)} s (${count.format(Math.round(report.rowsRead / Math.max(report.seconds, 1e-3)))} rows/s)`;
}

/** Plain lines, for a stream that is not a terminal. */
function createLineReporter(stream: NodeJS.WritableStream): ImportProgressReporter {
  let startedAt = 0;
  let lastLineAt = -Infinity;
  return {
    onProgress(event) {
      if (event.type === 'file-start') {
        startedAt = performance.now();
        lastLineAt = -Infinity;
        stream.write(`${event.file}: ${count.format(event.bytesTotal)} bytes\n`);
      } else if (event.type === 'rows') {
        // The first batch is reported at once (a watcher learns that rows are being written), then once a second.
        const now = performance.now();
        if (now - lastLineAt < LINE_INTERVAL_MS) return;
        lastLineAt = now;
        const percent = event.bytesTotal > 0 ? Math.floor((100 * event.bytesRead) / event.bytesTotal) : 100;
        stream.write(`${event.file}: ${count.format(event.rowsRead)} rows read, ${count.format(event.imported)} written, ${count.format(event.rejected)} rejected, ${percent}% (${rate(event.rowsRead, startedAt)} rows/s)\n`);
      } else {
        stream.write(`${describeEnd(event)}\n`);
      }
    },
    stop() {},
  };
}

/** A progress bar per file, for a terminal. */
function createBarReporter(stream: NodeJS.WritableStream): ImportProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  let startedAt = 0;
  const stopBar = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    onProgress(event) {
      if (event.type === 'file-start') {
        stopBar();
        startedAt = performance.now();
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: '{file} |{bar}| {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
            hideCursor: true,
            etaBuffer: 20,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(event.bytesTotal, 1), 0, { file: basename(event.file), rows: '0', rate: '–' });
      } else if (event.type === 'rows') {
        bar?.update(event.bytesRead, { rows: count.format(event.rowsRead), rate: rate(event.rowsRead, startedAt) });
      } else {
        stopBar();
        stream.write(`${describeEnd(event)}\n`);
      }
    },
    stop: stopBar,
  };
}

/** A bar when `stream` is a terminal, plain lines otherwise. */
export function createImportProgressReporter(stream: NodeJS.WriteStream): ImportProgressReporter {
  return stream.isTTY ? createBarReporter(stream) : createLineReporter(stream);
}
