/** Home Office crime outcome types 1–22 and their validation rules. */
export * from './outcome-types';
export * from './outcome-rules';
export * from './validate-outcome';
