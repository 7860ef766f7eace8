/** Opening a problem profile, in SARA scanning. */
import { requireText } from '../cases/input';
import { DomainError } from '../shared/domain-error';
import type { ProblemLocation, ProblemProfile } from './problem';
import type { ProblemDependencies } from './problem-repository';

/** What opening a problem needs. */
export interface OpenProblemInput {
  title: string;
  issue: string;
  location: ProblemLocation;
  ownerId: string;
  by: string;
}

/** Opens a problem profile at the scanning stage. */
export async function openProblem(deps: Pick<ProblemDependencies, 'problems' | 'clock' | 'ids'>, input: OpenProblemInput): Promise<ProblemProfile> {
  const title = requireText(input.title, 'title');
  const issue = requireText(input.issue, 'issue');
  const ownerId = requireText(input.ownerId, 'ownerId');
  const by = requireText(input.by, 'by');
  const location: ProblemLocation = {
    description: requireText(input.location?.description, 'location.description'),
    wardCode: requireText(input.location?.wardCode, 'location.wardCode'),
    area: requireText(input.location?.area, 'location.area'),
  };
  const { lat, lon } = input.location;
  if ((lat === undefined) !== (lon === undefined)) throw new DomainError('VALIDATION', 'location needs both lat and lon, or neither', lat === undefined ? 'location.lat' : 'location.lon');
  if (lat !== undefined && lon !== undefined) {
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) throw new DomainError('VALIDATION', 'location.lat must be a latitude in degrees', 'location.lat');
    if (!Number.isFinite(lon) || lon < -180 || lon > 180) throw new DomainError('VALIDATION', 'location.lon must be a longitude in degrees', 'location.lon');
    location.lat = lat;
    location.lon = lon;
  }
  const now = deps.clock.now();
  const problem: ProblemProfile = {
    id: deps.ids.next('problem'),
    title,
    issue,
    location,
    ownerId,
    stage: 'scanning',
    stageHistory: [{ from: null, to: 'scanning', at: now, by }],
    linkedIncidents: [],
    partnerIds: [],
    tasks: [],
    status: 'open',
    openedAt: now,
    openedBy: by,
    version: 1,
  };
  await deps.problems.save(problem);
  return problem;
}
