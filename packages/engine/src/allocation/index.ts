/** Allocation maths: integer apportionment (Huntington–Hill) and predicted Grade 1 attendance compliance. */
export { apportion, huntingtonHillPriority, type ApportionInput, type ApportionResult, type Apportionment, type InfeasibleApportionment } from './apportion';
export {
  attendanceCompliance,
  officersForCompliance,
  type AttendanceInput,
  type AttendanceOverloaded,
  type AttendancePlace,
  type AttendanceResult,
  type AttendanceStable,
  type OfficersForComplianceInput,
  type OfficersForComplianceResult,
} from './attendance-compliance';
export { allocateByMarginalGain, type MarginalAllocationInput } from './marginal-allocation';
