/** Victims: Victims' Code right 6 deadlines in working days, update contracts, updates and overdue lists. */
export * from './victim';
export * from './notification-events';
export * from './victim-repository';
export * from './victim-duties';
export * from './register-victim';
export * from './agree-update-contract';
export * from './record-investigation-event';
export * from './record-victim-update';
export * from './victim-deadlines';
export * from './testing/in-memory-victim-repository';
