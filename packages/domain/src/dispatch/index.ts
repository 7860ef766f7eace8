/**
 * Units and dispatch: units with call signs, crews, status and position; recommendations ranked by
 * suitability with the Grade 1 coverage cost of each; assignment under an atomic repository
 * contract; response-time clocks. Test support (in-memory repository, shared suite) is exported
 * separately as `@peel/domain/dispatch/testing`.
 */
export { checkGeoPoint, type GeoPoint, type UrbanOrRural } from './geo-point';
export { EARTH_MEAN_RADIUS_KM, greatCircleDistanceKm } from './great-circle-distance';
export { DEFAULT_TRAVEL_MODEL, checkTravelModel, estimateTravel, travelMinutesForDistance, type TravelEstimate, type TravelModel } from './travel-model';
export {
  LIVE_UNIT_STATUSES,
  UNIT_STATUSES,
  UNIT_STATUS_TRANSITIONS,
  assertUnitTransition,
  isLiveUnitStatus,
  isUnitTransitionAllowed,
  type UnitStatus,
} from './unit-status';
export {
  CALL_SIGN_PLACEHOLDERS,
  DEFAULT_CALL_SIGN_TEMPLATE,
  parseCallSignTemplate,
  renderCallSign,
  type CallSignPart,
  type CallSignPlaceholder,
  type CallSignTemplate,
  type CallSignValues,
} from './call-sign-template';
export { callSignTemplateIssues, teamCallSignTemplate, type CallSignTemplateIssue } from './team-call-signs';
export type { OnDutyOfficer, Unit, UnitCapabilities, UnitPosition } from './unit';
export { unitCapabilities } from './unit-capabilities';
export { meetsRequirements, unmetRequirements, type UnitRequirements, type UnmetRequirement } from './unit-requirements';
export { isLiveAssignment, type Assignment, type AssignmentEnd } from './assignment';
export { attendanceTargetFor, attendanceTargetOf, type AttendanceTarget, type ModelGrade, type TargetClock } from './attendance-target';
export type { DispatchIncident } from './dispatch-incident';
export {
  RESPONSE_EVENTS,
  clockStart,
  measureResponse,
  responseTimeline,
  type ResponseEvent,
  type ResponseMeasurement,
  type ResponseOutcome,
  type ResponseTimeline,
} from './response-clocks';
export { coverageAreasFromModel, type CoverageArea } from './coverage-area';
export { coverRequirementsFromModel } from './cover-requirements';
export { buildNearestIndex, linearIndex, type NearestIndex, type Neighbour } from './nearest-index';
export { assessCoverage, type AreaCover, type CoverageAssessment, type CoverageLoss, type CoveringUnit, type NeighbourSearch } from './assess-coverage';
export {
  DEFAULT_RECOMMENDATION_WEIGHTS,
  recommendUnits,
  type ExclusionReason,
  type RecommendUnitsInput,
  type RecommendationReason,
  type RecommendationWeights,
  type UnitRecommendation,
  type UnitRecommendations,
} from './recommend-units';
export type { UnitRepository, UnitStatusChange, UnitStatusEvent } from './unit-repository';
export { createUnit, type CreateUnitContext, type CreateUnitRequest } from './create-unit';
export { reportUnitPosition } from './report-unit-position';
export { changeUnitStatus, type ReportableUnitStatus, type UnitStatusChanged } from './change-unit-status';
export { assignUnitToIncident, type RequirementOverride, type UnitAssigned } from './assign-unit-to-incident';
