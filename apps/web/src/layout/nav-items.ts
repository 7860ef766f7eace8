/** The main navigation, in order. */
export const NAV_ITEMS = [
  { to: '/planning', label: 'Planning' },
  { to: '/control-room', label: 'Control room' },
  { to: '/cases', label: 'Cases' },
  { to: '/neighbourhoods', label: 'Neighbourhoods' },
  { to: '/dashboard', label: 'Dashboard' },
] as const;
