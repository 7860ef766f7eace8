/** Training mode: simulated calls in (faster than) real time through the API, and units that clear, so the control room moves. */
export { minuteOfWeek, startTrainingMode, type TrainingActivity, type TrainingMode, type TrainingModeOptions, type TrainingStats } from './training-mode';
export { callsPerHourAt, trainingDemandFromScenario, type TrainingCallClass, type TrainingDemand, type TrainingLocation } from './training-demand';
export { createTrainingCallGenerator, type TrainingCall, type TrainingCallGenerator } from './training-calls';
export { TRAINING_USERNAME } from './training-api';
export { realTimer, type TrainingTimer } from './training-timer';
