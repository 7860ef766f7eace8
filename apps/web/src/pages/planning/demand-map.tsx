/**
 * The demand map: the force's LSOAs or wards (real ONS boundaries, the map's only layers — there
 * is no tile server) shaded by recorded crime in five quantile classes, with a legend, the figures
 * of a clicked area, and the same figures as a table (the map's text alternative). When the map
 * has drawn, its wrapper carries `data-rendered-features`: how many distinct areas MapLibre
 * rendered (queryRenderedFeatures), which the browser tests read.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { MapView, type MapFeatureClick, type MapLayer } from '../../components/map';
import { Loading } from '../../components/ui/loading';
import { classOf, colourOfClass, formatNumber, formatPercent, quantileBreaks } from './planning-format';
import type { Demand, Geography } from './types';
import { ScrollArea } from './scroll-area';

/** The fill layer's id (the tests query it). */
export const DEMAND_FILL_LAYER = 'demand-fill';

interface Shaded {
  code: string;
  name: string;
  areaName: string;
  count: number;
  perKm2: number | null;
  share: number;
}

/** The map, legend, selection and table. */
export function DemandMap({ geography, demand, areaNames, caption }: { geography: Geography; demand: Demand; areaNames: ReadonlyMap<string, string>; caption: string }) {
  const [selected, setSelected] = useState<Shaded | null>(null);
  const [rendered, setRendered] = useState<number | null>(null);
  const unitWord = geography.level === 'lsoa' ? 'LSOA' : 'ward';

  const { layers, breaks, rows } = useMemo(() => {
    const byCode = new Map(demand.units.map((unit) => [unit.code, unit]));
    const breaks = quantileBreaks(geography.features.map((feature) => byCode.get(feature.properties.code)?.count ?? 0));
    const rows: Shaded[] = [];
    const features: Feature<Geometry, Record<string, unknown>>[] = geography.features.map((feature) => {
      const unit = byCode.get(feature.properties.code);
      const count = unit?.count ?? 0;
      const shaded: Shaded = {
        code: feature.properties.code,
        name: feature.properties.name,
        areaName: feature.properties.areaId === null ? 'none' : (areaNames.get(feature.properties.areaId) ?? feature.properties.areaId),
        count,
        perKm2: feature.properties.areaKm2 > 0 ? count / feature.properties.areaKm2 : null,
        share: unit?.share ?? 0,
      };
      rows.push(shaded);
      return { ...feature, properties: { ...shaded, colour: colourOfClass(classOf(count, breaks), breaks.length) } };
    });
    rows.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    const data: FeatureCollection = { type: 'FeatureCollection', features };
    const layers: MapLayer[] = [
      { id: DEMAND_FILL_LAYER, kind: 'fill', data, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.85, 'fill-outline-color': '#484949' }, interactive: true },
      { id: 'demand-edges', kind: 'line', data, paint: { 'line-color': '#484949', 'line-width': 0.6 } },
    ];
    return { layers, breaks, rows };
  }, [geography, demand, areaNames]);

  const onFeatureClick = useCallback(
    (click: MapFeatureClick) => {
      const code = click.properties.code;
      setSelected(rows.find((row) => row.code === code) ?? null);
    },
    [rows],
  );

  const onLoad = useCallback((map: MapLibreMap) => {
    const count = () => {
      if (!map.getLayer(DEMAND_FILL_LAYER)) return;
      const codes = new Set(map.queryRenderedFeatures({ layers: [DEMAND_FILL_LAYER] }).map((feature) => String(feature.properties?.code)));
      setRendered(codes.size);
    };
    map.on('idle', count);
  }, []);

  const legend = breaks.map((limit, index) => ({ colour: colourOfClass(index, breaks.length), from: index === 0 ? 1 : Math.floor(breaks[index - 1]!) + 1, to: Math.floor(limit) }));
  return (
    <>
      <ul className="planning-legend" aria-label="Map legend: recorded crimes per area shown">
        <li>
          <span className="planning-swatch" style={{ background: '#ffffff' }} aria-hidden="true" /> No recorded crime
        </li>
        {legend.map((entry) => (
          <li key={entry.colour}>
            <span className="planning-swatch" style={{ background: entry.colour }} aria-hidden="true" /> {entry.from === entry.to ? entry.to : `${entry.from}–${entry.to}`} crimes
          </li>
        ))}
      </ul>
      <div className="demand-map" data-rendered-features={rendered ?? undefined}>
        <Suspense fallback={<Loading what="the map" />}>
          <MapView label={caption} layers={layers} onFeatureClick={onFeatureClick} onLoad={onLoad} height="30rem" />
        </Suspense>
      </div>
      <p role="status" className="map-selection">
        {selected
          ? `${selected.name} (${selected.code}), ${selected.areaName}: ${formatNumber(selected.count)} crimes, ${formatPercent(selected.share)} of the total${selected.perKm2 === null ? '' : `, ${formatNumber(selected.perKm2, 1)} per km²`}.`
          : `Select an ${unitWord} on the map for its figures, or read them all in the table below.`}
      </p>
      <details className="map-table">
        <summary>
          The map as a table: {rows.length} {unitWord}s by recorded crime
        </summary>
        <ScrollArea label={`${caption} (scrolls)`} tall>
          <table>
            <caption>{caption}, most first</caption>
            <thead>
              <tr>
                <th scope="col">{unitWord}</th>
                <th scope="col">Code</th>
                <th scope="col">Area</th>
                <th scope="col" className="number">
                  Crimes
                </th>
                <th scope="col" className="number">
                  Share
                </th>
                <th scope="col" className="number">
                  Per km²
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">{row.name}</th>
                  <td>{row.code}</td>
                  <td>{row.areaName}</td>
                  <td className="number">{formatNumber(row.count)}</td>
                  <td className="number">{formatPercent(row.share)}</td>
                  <td className="number">{formatNumber(row.perKm2, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </details>
    </>
  );
}
