/** Whether the MPP works where the data says: shown to visitors, so nobody goes to an old building. */
export const OPERATING_STATUSES = [
  'operating',
  'moved',
  'relocating',
  'temporarily-closed',
  'closed',
  'not-yet-open',
] as const;
