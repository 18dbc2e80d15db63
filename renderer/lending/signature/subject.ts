/** What the papers step signs for: a handover, or one of its returns. */
export type PapersSubject =
  | { type: 'handover'; handoverId: number }
  | { type: 'return'; handoverId: number; returnId: number };
