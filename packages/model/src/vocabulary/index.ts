export * from './team-kinds';
export * from './powers';
export * from './police-uk-categories';
export * from './measures';
