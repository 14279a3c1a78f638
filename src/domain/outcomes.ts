/** Why the back-end (or the app, before queueing) refuses an intent. */
export const REJECTION_REASONS = [
  'invalid',
  'name.required',
  'name.blank',
  'name.unreadable',
  'name.control',
  'name.bidi',
  'name.invisible',
  'name.tooManyMarks',
  'name.tooLong',
  'name.taken',
  'name.tooSimilar',
  'phone.required',
  'phone.invalid',
  'phone.areaCode',
  'phone.exchange',
  'phone.taken',
  'group.full',
  'scan.notMember',
  'scan.tooMany',
  // Not given since members that no longer exist are left out instead (applyIntent's
  // `droppedMembers`); kept so that issues filed before still read.
  'member.notFound',
  'notFound',
  'notEditable',
  // The caller's role or scope does not allow the edit (a supervisor outside its groups): nothing written.
  'forbidden',
  // Given by the app, not the server: the server refused the request that carried the edit
  // (a 4xx, `detail`: { status, message }), see docs/api.md.
  'refused',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export class IntentRejected extends Error {
  constructor(
    readonly reason: RejectionReason,
    readonly detail?: Record<string, string | number>,
  ) {
    super(`Rejected: ${reason}`);
    this.name = 'IntentRejected';
  }
}

/**
 * The device could not store the edit (the browser's storage for the site is full): nothing
 * of it was saved. Not a rule: the same edit saves once space frees up.
 */
export class StorageFull extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The browser storage is full', options);
    this.name = 'StorageFull';
  }
}
