/**
 * Test places for models/synthetic.yaml (Peelshire): boxes standing in for its wards, and a point
 * inside each. The coordinates are invented, like the force.
 */
import type { GeographyBox } from './box-location-resolver';

/** A point in Abbey (urban ward of North Peelshire). */
export const ABBEY = { lat: 51.005, lon: 0.005 } as const;
/** A point in Chalk Hill (rural ward of North Peelshire). */
export const CHALK_HILL = { lat: 51.025, lon: 0.005 } as const;
/** A point in Dunmore (rural ward of South Peelshire). */
export const DUNMORE = { lat: 50.905, lon: 0.005 } as const;
/** A point outside every box. */
export const OUTSIDE = { lat: 52.5, lon: -1.5 } as const;

/** Boxes for the synthetic wards. Only Dunmore's resolver result names its area. */
export const SYNTHETIC_BOXES: readonly GeographyBox[] = [
  { box: [0, 51.0, 0.01, 51.01], geography: { lsoaCode: null, wardCode: 'E05999901', areaId: null } },
  { box: [0, 51.02, 0.01, 51.03], geography: { lsoaCode: null, wardCode: 'E05999903', areaId: null } },
  { box: [0, 50.9, 0.01, 50.91], geography: { lsoaCode: null, wardCode: 'E05999904', areaId: 'south' } },
];
