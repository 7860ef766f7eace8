/**
 * The case view of a stored incident (the domain's structural `CaseIncident`): its area, place and
 * offence. A crime is classified by its data.police.uk category; an incident recorded as something
 * else (a domestic incident, a concern for safety) becomes a case only when the crime found in it
 * is named (`offenceType`), as the National Crime Recording Standard has it recorded.
 */
import { DomainError, type CaseIncident, type Incident } from '@peel/domain';

/** `incident` as a case needs it; VALIDATION naming `incidentId` or `offenceType`. */
export function toCaseIncident(incident: Incident, offenceType: string | undefined): CaseIncident {
  const { location, incidentType } = incident;
  if (location.areaId === null) {
    throw new DomainError('VALIDATION', `incident ${incident.id} is outside the force's areas: a case needs an area`, 'incidentId');
  }
  const isCrime = incidentType.category === 'crime';
  if (!isCrime && offenceType === undefined) {
    throw new DomainError('VALIDATION', `incident ${incident.id} is recorded as '${incidentType.code}', not a crime: name the offence (offenceType)`, 'offenceType');
  }
  return {
    id: incident.id,
    type: isCrime ? (incidentType.policeUkCategory ?? incidentType.code) : incidentType.code,
    area: location.areaId,
    location: {
      lat: location.lat,
      lon: location.lon,
      ...(location.ward ? { wardCode: location.ward.code } : {}),
      ...(location.lsoa ? { lsoaCode: location.lsoa.code } : {}),
      ...(location.description ? { description: location.description } : {}),
    },
  };
}
