/** `peel demand profile`'s report: built by `@peel/server/force-analysis`, which the planning routes share. */
export { BY_VALUES, buildProfileReport, type ByValue, type ProfileReport, type ProfileReportRow, type ProfileRequest } from '@peel/server/force-analysis';
