import type { BoundarySource } from './boundary-source';

/**
 * ONS electoral wards (December 2013), one file per district, from martinjc/UK-GeoJSON in the shared
 * data directory (SOURCES.md §4). Ward boundaries are 2013 vintage; many districts have been
 * re-warded since.
 */
export const ONS_WARDS_2013: BoundarySource = {
  path: 'martinjc__UK-GeoJSON/json/electoral/eng/wards_by_lad/{district}.json',
  codeProperty: 'WD13CD',
  nameProperty: 'WD13NM',
};

/** ONS Lower Layer Super Output Areas (2011), one file per district, same repository (SOURCES.md §4). */
export const ONS_LSOAS_2011: BoundarySource = {
  path: 'martinjc__UK-GeoJSON/json/statistical/eng/lsoa_by_lad/{district}.json',
  codeProperty: 'LSOA11CD',
  nameProperty: 'LSOA11NM',
};

/** A district of the five seed force areas: its name and the police force area it lies in. */
export interface SeedDistrict {
  name: string;
  force: string;
}

/**
 * The 45 local authority districts of the five seed force areas (SOURCES.md §4), for display only:
 * the boundary files carry codes but no district names. Names are those of the 2013 districts
 * (Shepway has been Folkestone and Hythe since 2018; the North Yorkshire districts merged into North
 * Yorkshire Council in 2023, but the 2013 codes are what the files use).
 */
export const SEED_DISTRICTS: Readonly<Record<string, SeedDistrict>> = {
  E06000043: { name: 'Brighton and Hove', force: 'Sussex' },
  E07000223: { name: 'Adur', force: 'Sussex' },
  E07000224: { name: 'Arun', force: 'Sussex' },
  E07000225: { name: 'Chichester', force: 'Sussex' },
  E07000226: { name: 'Crawley', force: 'Sussex' },
  E07000227: { name: 'Horsham', force: 'Sussex' },
  E07000228: { name: 'Mid Sussex', force: 'Sussex' },
  E07000229: { name: 'Worthing', force: 'Sussex' },
  E07000061: { name: 'Eastbourne', force: 'Sussex' },
  E07000062: { name: 'Hastings', force: 'Sussex' },
  E07000063: { name: 'Lewes', force: 'Sussex' },
  E07000064: { name: 'Rother', force: 'Sussex' },
  E07000065: { name: 'Wealden', force: 'Sussex' },
  E06000054: { name: 'Wiltshire', force: 'Wiltshire' },
  E06000030: { name: 'Swindon', force: 'Wiltshire' },
  E06000014: { name: 'York', force: 'North Yorkshire' },
  E07000163: { name: 'Craven', force: 'North Yorkshire' },
  E07000164: { name: 'Hambleton', force: 'North Yorkshire' },
  E07000165: { name: 'Harrogate', force: 'North Yorkshire' },
  E07000166: { name: 'Richmondshire', force: 'North Yorkshire' },
  E07000167: { name: 'Ryedale', force: 'North Yorkshire' },
  E07000168: { name: 'Scarborough', force: 'North Yorkshire' },
  E07000169: { name: 'Selby', force: 'North Yorkshire' },
  E06000035: { name: 'Medway', force: 'Kent' },
  E07000105: { name: 'Ashford', force: 'Kent' },
  E07000106: { name: 'Canterbury', force: 'Kent' },
  E07000107: { name: 'Dartford', force: 'Kent' },
  E07000108: { name: 'Dover', force: 'Kent' },
  E07000109: { name: 'Gravesham', force: 'Kent' },
  E07000110: { name: 'Maidstone', force: 'Kent' },
  E07000111: { name: 'Sevenoaks', force: 'Kent' },
  E07000112: { name: 'Shepway', force: 'Kent' },
  E07000113: { name: 'Swale', force: 'Kent' },
  E07000114: { name: 'Thanet', force: 'Kent' },
  E07000115: { name: 'Tonbridge and Malling', force: 'Kent' },
  E07000116: { name: 'Tunbridge Wells', force: 'Kent' },
  E06000021: { name: 'Stoke-on-Trent', force: 'Staffordshire' },
  E07000192: { name: 'Cannock Chase', force: 'Staffordshire' },
  E07000193: { name: 'East Staffordshire', force: 'Staffordshire' },
  E07000194: { name: 'Lichfield', force: 'Staffordshire' },
  E07000195: { name: 'Newcastle-under-Lyme', force: 'Staffordshire' },
  E07000196: { name: 'South Staffordshire', force: 'Staffordshire' },
  E07000197: { name: 'Stafford', force: 'Staffordshire' },
  E07000198: { name: 'Staffordshire Moorlands', force: 'Staffordshire' },
  E07000199: { name: 'Tamworth', force: 'Staffordshire' },
};
