/**
 * Branded units (STYLE.md): a service time in minutes passed where hours were meant is the classic
 * bug of this field, so quantities carry their unit in their type. Brand at the edges with the
 * constructors below; arithmetic inside a function works on plain numbers.
 */
declare const unit: unique symbol;

/** A number tagged with its unit. */
export type Quantity<U extends string> = number & { readonly [unit]: U };

/** A duration in minutes. */
export type Minutes = Quantity<'minutes'>;
/** A duration in hours. */
export type Hours = Quantity<'hours'>;
/** A rate per hour (arrivals, services). */
export type PerHour = Quantity<'per-hour'>;
/** A probability in [0, 1]. */
export type Probability = Quantity<'probability'>;
/** Offered load in Erlangs (arrival rate × mean service time). */
export type Erlangs = Quantity<'erlangs'>;
/** A distance in kilometres. */
export type Kilometres = Quantity<'km'>;
/** A speed in kilometres per hour. */
export type KmPerHour = Quantity<'km-per-hour'>;

/** Tags a number of minutes. */
export const minutes = (value: number) => value as Minutes;
/** Tags a number of hours. */
export const hours = (value: number) => value as Hours;
/** Tags a rate per hour. */
export const perHour = (value: number) => value as PerHour;
/** Tags a probability. */
export const probability = (value: number) => value as Probability;
/** Tags an offered load. */
export const erlangs = (value: number) => value as Erlangs;
/** Tags a distance in km. */
export const kilometres = (value: number) => value as Kilometres;
/** Tags a speed in km/h. */
export const kmPerHour = (value: number) => value as KmPerHour;

/** Minutes → hours. */
export const minutesToHours = (value: Minutes) => hours(value / 60);
/** Hours → minutes. */
export const hoursToMinutes = (value: Hours) => minutes(value * 60);
