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
  'member.notFound',
  'notFound',
  'notEditable',
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
