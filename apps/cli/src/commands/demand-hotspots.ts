/** `peel demand hotspots`: top LSOAs/wards by count or harm, a kernel density grid, and the PAI on a held-back month. */
import { InvalidArgumentError, type Command } from 'commander';
import { getConfig } from '@peel/config';
import { createDemandQueries } from '@peel/db';
import type { HotspotLevel } from '@peel/domain';
import { withDatabase } from '../with-database';
import { demandScope, formatTable, loadModelOption, monthOption, numberOption } from './demand-options';
import { buildHotspotsReport, type HotspotsReport, type PaiFigures } from './demand-hotspots-report';

interface HotspotsOptions {
  top: number;
  harm?: boolean;
  model?: string;
  area?: string;
  level: HotspotLevel;
  from?: string;
  to?: string;
  holdoutMonth?: string;
  areaFraction: number;
  bandwidth: number;
  cellSize: number;
  json?: boolean;
}

/** Registers `peel demand hotspots` on the `demand` command. */
export function registerDemandHotspotsCommand(demand: Command): void {
  demand
    .command('hotspots')
    .description('top LSOAs or wards by crime count or harm, a quartic kernel density grid, and the Prediction Accuracy Index on a held-back month')
    .option('--top <n>', 'how many hotspots to list', numberOption('--top', { min: 1, integer: true }), 20)
    .option('--harm', 'rank, map and score by harm (harm weight × count) instead of count')
    .option('--model <model.yaml>', 'policing model: harm weights and areas (default harm table without one)')
    .option('--area <id>', 'only this area (a model area id, or the area id stored on the records)')
    .option('--level <level>', 'lsoa | ward', parseLevel, 'lsoa')
    .option('--from <YYYY-MM>', 'first month', monthOption('--from'))
    .option('--to <YYYY-MM>', 'last month', monthOption('--to'))
    .option('--holdout-month <YYYY-MM>', 'month held back to score the prediction (default: the latest month); fitted on the months before it', monthOption('--holdout-month'))
    .option('--area-fraction <f>', 'share of the study area the predicted hotspots cover, in (0, 1]', numberOption('--area-fraction', { min: 0, exclusiveMin: true, max: 1 }), 0.05)
    .option('--bandwidth <metres>', 'kernel bandwidth (search radius), metres', numberOption('--bandwidth', { min: 0, exclusiveMin: true }), 500)
    .option('--cell-size <metres>', 'grid cell size, metres', numberOption('--cell-size', { min: 0, exclusiveMin: true }), 250)
    .option('--json', 'print the hotspots as JSON')
    .action(async (options: HotspotsOptions) => {
      const config = getConfig();
      const model = await loadModelOption(options.model, config.sharedDataDir);
      const scope = demandScope({ model, area: options.area, from: options.from, to: options.to });
      const report = await withDatabase(config, (handle) =>
        buildHotspotsReport(createDemandQueries(handle.db), {
          model,
          scope,
          level: options.level,
          top: options.top,
          byHarm: options.harm === true,
          holdoutMonth: options.holdoutMonth,
          areaFraction: options.areaFraction,
          bandwidthMetres: options.bandwidth,
          cellSizeMetres: options.cellSize,
        }),
      );
      if (report.totals.count === 0) process.stderr.write('note: no crime records match (import them with `peel import police-uk`)\n');
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : toText(report));
    });
}

function paiLine(label: string, result: PaiFigures | { pai: null; reason: string } | null, reason: string | undefined): string {
  if (result === null || result.pai === null) {
    const why = result && 'reason' in result ? result.reason : reason;
    return `  ${label}: not computed${why ? ` (${why})` : ''}`;
  }
  const figures = result as PaiFigures;
  return `  ${label}: PAI ${figures.pai!.toFixed(2)} — ${figures.hits} of ${figures.totalHits} in ${figures.hotspotAreaKm2.toFixed(2)} of ${figures.totalAreaKm2.toFixed(2)} km² (${figures.hotspotUnits} ${label === 'KDE grid' ? 'cells' : 'units'})`;
}

function parseLevel(value: string): HotspotLevel {
  if (value !== 'lsoa' && value !== 'ward') throw new InvalidArgumentError(`--level: expected lsoa or ward, got "${value}"`);
  return value;
}

function toText(report: HotspotsReport): string {
  const out: string[] = [];
  const by = report.rankedBy;
  out.push(`Top ${report.hotspots.length} ${report.level === 'lsoa' ? 'LSOAs' : 'wards'} by ${by}${report.model ? ` (model ${report.model})` : ''}${report.area ? `, area ${report.area}` : ''}: ${report.totals.count} crimes in ${report.months.length} month(s), ${report.totals.units} units, ${report.totals.unplaced} not placed in any`);
  if (by === 'harm') out.push(`  harm: ${report.harm.name} (${report.harm.unit})`);
  out.push(
    formatTable(
      ['rank', 'code', 'name', 'count', 'harm', 'share %', 'cum %', 'per km²'],
      report.hotspots.map((unit) => [unit.rank, unit.code, unit.name ?? '', unit.count, Math.round(unit.harm), Number((unit.share * 100).toFixed(1)), Number((unit.cumulativeShare * 100).toFixed(1)), (by === 'harm' ? unit.harmPerKm2 : unit.countPerKm2)?.toFixed(1) ?? '']),
    ),
  );
  if (report.kde) {
    const kde = report.kde;
    out.push('', `Kernel density: quartic, bandwidth ${kde.bandwidthMetres} m, ${kde.columns} × ${kde.rows} cells of ${kde.cellSizeMetres} m (equirectangular about ${kde.projection.centreLat}, ${kde.projection.centreLon}); densest cells:`);
    out.push(formatTable(['cell', 'lat', 'lon', 'expected', 'per km²'], kde.topCells.slice(0, 5).map((cell) => [cell.cell, cell.lat, cell.lon, Number(cell.expected.toFixed(2)), Number(cell.perKm2.toFixed(1))])));
  }
  const { pai } = report;
  out.push('', `Prediction Accuracy Index (Chainey, Tompson & Uhlig 2008), top ${(pai.areaFraction * 100).toFixed(1)} % of the area${pai.weightedBy === 'harm' ? ', in harm' : ''}:`);
  if (pai.fitMonths.length === 0) out.push(`  not computed: ${pai.reason ?? 'no months to fit on'}`);
  else {
    out.push(`  fitted on ${pai.fitMonths.join(', ')}; held back ${pai.holdoutMonth}`);
    out.push(paiLine('KDE grid', pai.grid, pai.reason), paiLine(report.level === 'lsoa' ? 'LSOAs' : 'wards', pai.units, undefined));
    if (pai.units && pai.units.crimesWithoutBoundary > 0) out.push(`  (${pai.units.crimesWithoutBoundary} crimes of those months are in no ${report.level} with a stored boundary and are left out of the ${report.level} PAI)`);
  }
  return `${out.join('\n')}\n`;
}
