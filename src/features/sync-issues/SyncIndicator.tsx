/** The header's connectivity and sync state: offline / syncing / N waiting / all synced / N issues. */
export function SyncIndicator() {
  return <span className="sync-indicator" role="status" />;
}
