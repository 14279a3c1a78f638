/**
 * Dates as the files the app writes carry them: in the user's time zone, in the ISO order
 * spreadsheets read in every language (2026-11-30, 2026-11-30 04:05:09).
 */

/** The local date and time of `at` (ms since the epoch) as `YYYY-MM-DD HH:MM:SS`. */
export function localDateTime(at: number): string {
  const offsetMs = new Date(at).getTimezoneOffset() * 60_000;
  return new Date(at - offsetMs).toISOString().slice(0, 19).replace('T', ' ');
}

/** Today as YYYY-MM-DD, for a file's name. */
export function today(): string {
  return localDateTime(Date.now()).slice(0, 10);
}
