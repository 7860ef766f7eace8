/**
 * The progress report as a PDF (pdfkit), in the spirit of Wiltshire's Community Policing Progress
 * Report to its Police and Crime Panel: purpose, headline figures against the model's targets,
 * what is working well and the areas for improvement, before and after a change, each area, and
 * the caveats and definitions. Every figure is the text the measures API returns (headline-figures.ts),
 * so the report and the dashboard cannot disagree.
 */
import type { PerformanceDayWindow, PerformanceReport } from '@peel/domain';
import PDFDocument from 'pdfkit';
import { definitionNotes } from './definitions';
import { comparisonRows, headlineFigures, type HeadlineFigure } from './headline-figures';

const MARGIN = 50;
const BODY = 9.5;
const DARK = '#1d2939';
const MUTED = '#475467';

const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Characters beyond Latin-1 that WinAnsi (the standard fonts' encoding) has and the report uses. */
const WIN_ANSI_EXTRA = new Set(['\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2026', '\u20ac']);

function isLatin1Printable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
}

/** The standard PDF fonts encode WinAnsi only: anything else is written as a plain equivalent or "?". */
function pdfText(text: string): string {
  const plain = text.replace(/≤/g, '<=').replace(/≥/g, '>=').replace(/→/g, '->');
  return [...plain].map((character) => (character === '\n' || WIN_ANSI_EXTRA.has(character) || isLatin1Printable(character) ? character : '?')).join('');
}

function targetText(figure: HeadlineFigure): string {
  if (figure.status === 'not-recorded') return 'not recorded';
  if (figure.status === 'planned') return 'planned';
  if (figure.targetPercent === null) return '-';
  const verdict = figure.status === 'meets-target' ? 'met' : figure.status === 'below-target' ? 'not met' : 'no data';
  return `${figure.targetPercent} % (${verdict})`;
}

/** Renders the report; resolves with the PDF's bytes. */
export function renderProgressReport(report: PerformanceReport, days: PerformanceDayWindow): Promise<Buffer> {
  const areaName = report.areaId === null ? 'whole force' : (report.areas.find((area) => area.areaId === report.areaId)?.name ?? report.areaId);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${report.force}: performance progress report`, Author: 'Peel', Subject: `Performance ${days.fromDate} to ${days.toDate}`, CreationDate: report.computedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string): void => {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(DARK).text(pdfText(text), MARGIN, doc.y, { width }).moveDown(0.3);
  };
  const paragraph = (text: string, options: { color?: string; size?: number } = {}): void => {
    doc.font('Helvetica').fontSize(options.size ?? BODY).fillColor(options.color ?? DARK).text(pdfText(text), MARGIN, doc.y, { width });
  };
  const table = (header: string[], rows: string[][], widths: number[]): void => {
    doc.fontSize(8.5).fillColor(DARK);
    doc.table({
      position: { x: MARGIN, y: doc.y },
      maxWidth: width,
      columnStyles: widths,
      defaultStyle: { padding: 3, border: 0.5, borderColor: '#98a2b3' },
      data: [header.map((text) => ({ text: pdfText(text), font: { src: 'Helvetica-Bold' }, backgroundColor: '#eaecf0', type: 'TH' as const })), ...rows.map((row) => row.map((text) => pdfText(text)))],
    });
    doc.font('Helvetica').moveDown(0.5);
  };

  // Title.
  doc.font('Helvetica-Bold').fontSize(20).fillColor(DARK).text(pdfText(report.force), { width });
  doc.font('Helvetica').fontSize(14).fillColor(MUTED).text('Performance progress report', { width }).moveDown(0.5);
  paragraph(`Period: ${DATE.format(report.from)} to ${days.toDate === days.fromDate ? DATE.format(report.from) : DATE.format(new Date(report.to.getTime() - 1))} (London days). Area: ${areaName}. Figures as at ${DATE_TIME.format(report.computedAt)}; policing model "${report.modelId}".`, { color: MUTED });

  heading('Purpose');
  paragraph(
    'How the local policing model is performing against the measures the force set itself: response to emergencies, ownership of cases, the Resolution Centre, keeping victims updated, and the capacity the model plans for. What is working well, what needs improvement, and whether a change made a difference — measured the same way every time, with the uncertainty of each figure.',
  );

  const figures = headlineFigures(report.measures, report);
  heading('Headline figures');
  table(
    ['Measure', 'Figure', 'Detail', 'Target'],
    figures.map((figure) => [figure.label, figure.display, figure.detail, targetText(figure)]),
    [150, 55, 215, 75],
  );

  const good = figures.filter((figure) => figure.status === 'meets-target');
  const improve = figures.filter((figure) => figure.status === 'below-target');
  heading("What's working well");
  paragraph(good.length === 0 ? 'No measure with a target met it in this period.' : good.map((figure) => `\u2022 ${figure.label}: ${figure.display} (target ${figure.targetPercent} %)`).join('\n'));
  heading('Areas for improvement');
  paragraph(improve.length === 0 ? 'No measure with a target fell short of it in this period.' : improve.map((figure) => `\u2022 ${figure.label}: ${figure.display} (target ${figure.targetPercent} %)`).join('\n'));

  heading(report.comparison === null || days.beforeDate === undefined ? 'Before and after' : `Before and after ${DATE.format(report.comparison.splitAt)}`);
  if (report.comparison === null) {
    paragraph('No comparison date was chosen for this report.', { color: MUTED });
  } else {
    const rows = comparisonRows(report.comparison);
    table(
      ['Measure', 'Before', 'After', 'Change', '95 % CI of change', 'Significant?'],
      rows.map((row) => [row.label, row.before, row.after, row.change, row.interval || '-', row.significant === null ? 'no test' : row.significant ? 'yes (5 %)' : 'no']),
      [150, 70, 70, 60, 85, 60],
    );
    paragraph('Significant means the 95 % interval of the change excludes 0; it does not say what caused the change. Fewer than 10 in a period: treat with caution.', { color: MUTED, size: 8.5 });
  }

  heading('By area');
  const columns = ['attendance-grade-1-urban', 'attendance-grade-1-rural', 'handoffs-per-case', 'resolution-centre-resolution', 'victim-update-compliance'];
  const labelOf = (id: string): string => figures.find((figure) => figure.id.startsWith(id))?.label.replace(/: attended within.*/, ' on time') ?? id;
  table(
    ['Area', ...columns.map(labelOf)],
    report.areas.map((area) => {
      const byId = headlineFigures(area.measures, report);
      return [area.name, ...columns.map((id) => byId.find((figure) => figure.id.startsWith(id))?.display ?? '-')];
    }),
    [120, 75, 75, 75, 75, 75],
  );

  heading('Caveats and definitions');
  for (const note of definitionNotes(report)) {
    doc.font('Helvetica-Bold').fontSize(BODY).fillColor(DARK).text(pdfText(`${note.title}. `), MARGIN, doc.y, { width, continued: true });
    doc.font('Helvetica').text(pdfText(note.text)).moveDown(0.3);
  }

  // Page numbers.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Text below the bottom margin would make pdfkit start a new page: lift the margin while writing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(pdfText(`${report.force} - performance progress report - page ${index + 1} of ${range.count}`), MARGIN, doc.page.height - MARGIN + 15, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
