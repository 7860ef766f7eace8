/**
 * Reading the progress report back for tests: its text by `pdftotext -layout` (poppler-utils), and
 * the "Figure" column of its headline table in order, so a test can check the PDF prints exactly
 * the API's figures, row by row.
 */
import { execFileSync } from 'node:child_process';

/** The text of the PDF file at `file`, laid out as on the page. */
export function reportText(file: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pdftotext is missing: install it with `apt-get install -y poppler-utils`', { cause: error });
    throw error;
  }
}

/**
 * The headline table's "Figure" column, top to bottom, as one space-joined string (a figure
 * wrapped over two lines, like "not recorded", reads as it prints).
 */
export function headlineFigureColumn(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^Measure\s+Figure\s+Detail\s+Target\s*$/.test(line));
  if (start === -1) throw new Error('the report has no headline table (a "Measure Figure Detail Target" header)');
  const header = lines[start]!;
  const from = header.indexOf('Figure');
  const to = header.indexOf('Detail');
  const cells: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    const cell = line.slice(from, to).trim();
    if (cell !== '') cells.push(cell);
  }
  return cells.join(' ');
}
