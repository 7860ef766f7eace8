/** Calendar: dates, Easter, England and Wales bank holidays, working days and deadlines. */
export * from './iso-date';
export * from './easter';
export * from './england-and-wales-bank-holidays';
export * from './london-time';
export * from './working-days';
export * from './deadline';
export * from './age-on';
