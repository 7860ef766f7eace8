/** Travel: the square-root law for response distance and travel time. */
export {
  expectedResponseDistance,
  SQUARE_ROOT_LAW_CONSTANT,
  squareKilometres,
  type ResponseDistanceInput,
  type SquareKilometres,
  type TravelMetric,
} from './square-root-law';
export { expectedResponseTime, travelTime, type TravelTimeInput } from './travel-time';
