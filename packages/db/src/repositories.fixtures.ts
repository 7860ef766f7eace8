/** Test data for the repository suite: real rows from ../shared/data, typed as the domain records. */
import { createHash } from 'node:crypto';
import type { CallForServiceRecord, CrimeRecord } from '@peel/domain';

/** SHA-256 hex of `text`, to make distinct content hashes per test. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const sussex = { reportedBy: 'Sussex Police', fallsWithin: 'Sussex Police' } as const;

/**
 * Lines 2–6 and 8 of data.police.uk 2018-11-sussex-street.csv (mgsf08m002 data set), plus a
 * no-location row from 2024-03-sussex-street.csv (line 13019) renumbered as line 7.
 */
export const sussexCrimes: CrimeRecord[] = [
  { ...sussex, lineNumber: 2, crimeId: null, month: '2018-11', longitude: -0.227663, latitude: 50.83604, location: 'On or near Orchard Close', lsoaCode: 'E01031349', lsoaName: 'Adur 001A', crimeType: 'Anti-social behaviour', category: 'anti-social-behaviour', lastOutcome: null, context: null, areaId: 'adur' },
  { ...sussex, lineNumber: 3, crimeId: '2eacf88c3a4aa5a2de8e218fd24558ee0d1adcdb551949c198c9ae6e396a6140', month: '2018-11', longitude: -0.227663, latitude: 50.83604, location: 'On or near Orchard Close', lsoaCode: 'E01031349', lsoaName: 'Adur 001A', crimeType: 'Criminal damage and arson', category: 'criminal-damage-arson', lastOutcome: 'Investigation complete; no suspect identified', context: null, areaId: 'adur' },
  { ...sussex, lineNumber: 4, crimeId: '9e3c48b57dc59c62621954e42022db234e8e5c5f7d4d2157003b6dd71aafca3b', month: '2018-11', longitude: -0.227663, latitude: 50.83604, location: 'On or near Orchard Close', lsoaCode: 'E01031349', lsoaName: 'Adur 001A', crimeType: 'Other theft', category: 'other-theft', lastOutcome: 'Unable to prosecute suspect', context: null, areaId: 'adur' },
  { ...sussex, lineNumber: 5, crimeId: '94628435f572c102c30e5aaba5246534ca321ca68327396d30e936d03a05f705', month: '2018-11', longitude: -0.229374, latitude: 50.837739, location: 'On or near Park Way', lsoaCode: 'E01031349', lsoaName: 'Adur 001A', crimeType: 'Public order', category: 'public-order', lastOutcome: 'Investigation complete; no suspect identified', context: null, areaId: 'adur' },
  { ...sussex, lineNumber: 6, crimeId: '6f9e4ec3b390010965c7191be8601c734c1a8392827485f649ca491b14caeefa', month: '2018-11', longitude: -0.227663, latitude: 50.83604, location: 'On or near Orchard Close', lsoaCode: 'E01031349', lsoaName: 'Adur 001A', crimeType: 'Violence and sexual offences', category: 'violent-crime', lastOutcome: 'Unable to prosecute suspect', context: null, areaId: 'adur' },
  { ...sussex, lineNumber: 7, crimeId: null, month: '2024-03', longitude: null, latitude: null, location: 'No Location', lsoaCode: null, lsoaName: null, crimeType: 'Anti-social behaviour', category: 'anti-social-behaviour', lastOutcome: null, context: null },
  { ...sussex, lineNumber: 8, crimeId: '06af6a9d0d1c1712f71588394b0e2a8861fcf390ec05818fa2a7f7a27cc91d07', month: '2018-11', longitude: -0.22852, latitude: 50.834398, location: 'On or near Sports/Recreation Area', lsoaCode: 'E01031349', lsoaName: 'Adur 001A', crimeType: 'Violence and sexual offences', category: 'violent-crime', lastOutcome: 'Investigation complete; no suspect identified', context: null, areaId: 'adur' },
];

/** Builds a call received at `receivedAt` (ISO, UTC), shaped like a San Diego 2023 CFS row. */
export function sanDiegoCall(lineNumber: number, receivedAt: string, priority = '2'): CallForServiceRecord {
  return {
    lineNumber,
    sourceCallId: `E2301${String(lineNumber).padStart(7, '0')}`,
    receivedAt: new Date(receivedAt),
    callType: 'FD',
    priority,
    grade: Number(priority) + 1,
    latitude: null,
    longitude: null,
    locationCode: '523',
    disposition: 'CAN',
  };
}

/** Walks an error's `cause` chain and joins every message, so a test can look for a constraint name. */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) {
    const constraint = (current as { constraint?: unknown }).constraint;
    parts.push(current.message, typeof constraint === 'string' ? constraint : '');
  }
  return parts.join('\n');
}
