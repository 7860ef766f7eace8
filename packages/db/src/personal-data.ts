/**
 * Where personal data is stored (Data Protection Act 2018 Part 3): the tables and columns whose
 * reading is a "consultation" the server must log with its justification (s.62), and whose
 * change is an "alteration". Kept apart from the operational columns — a query that does not
 * touch these columns reads no personal data — so the server can serve incidents, units and case
 * lists without a consultation, and log exactly when it reads these. Officers' ids (staff
 * identifiers in units, owners, `by` columns) are not listed: they are the force's own records of
 * who did what, not data about the public.
 */

/** Table → its personal-data columns. The whole `victims` row is about a data subject; its identifying columns are listed. */
export const PERSONAL_DATA_COLUMNS = {
  /** Caller and victim of an incident, with the normalised search keys derived from them. */
  incident_people: ['name', 'phone', 'name_key', 'phone_key'],
  /** Free text as reported: may name people and gives addresses. */
  incident_reports: ['description', 'location_description'],
  /** The place of the offence as written (an address). */
  cases: ['location_description'],
  /** People suspected of the crime. */
  case_suspects: ['name', 'date_of_birth'],
  /** Victims: who they are and why they have enhanced rights (vulnerability, intimidation). */
  victims: ['name', 'enhanced_rights'],
  /** What a victim was told. */
  victim_updates: ['summary'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A table holding personal data. */
export type PersonalDataTable = keyof typeof PERSONAL_DATA_COLUMNS;
