/** `peel demand hotspots`'s report: built by `@peel/server/force-analysis`, which the planning routes share. */
export { buildHotspotsReport, type GridPai, type HotspotsReport, type HotspotsRequest, type PaiFigures, type PaiSection, type UnitPai } from '@peel/server/force-analysis';
