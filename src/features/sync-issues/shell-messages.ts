/**
 * The words the shell shows on every page — the sync indicator and the notices above the page —
 * apart from the Sync issues page's (messages.ts), which load with that page, not on the first screen.
 */
import { defineMessage, defineMessages } from 'react-intl';

export const indicatorMessages = {
  ...defineMessages({
    label: { id: 'sync.indicatorLabel', defaultMessage: 'Sync status' },
    offline: { id: 'sync.offline', defaultMessage: 'Offline' },
    syncing: { id: 'sync.syncing', defaultMessage: 'Syncing…' },
    allSynced: { id: 'sync.allSynced', defaultMessage: 'All changes synced' },
    signInAgain: { id: 'sync.signInAgain', defaultMessage: 'Sign in again to sync' },
    loadingData: { id: 'sync.loadingData', defaultMessage: 'Loading the data…' },
    retrying: { id: 'sync.retrying', defaultMessage: 'Cannot reach the server: trying again soon' },
    storageFull: { id: 'sync.storageFull', defaultMessage: 'Device storage full: free up space to sync' },
  }),
  refused: defineMessage<{ status: number }>({
    id: 'sync.refused',
    defaultMessage: 'The server refused to sync ({status}): trying again later',
  }),
  waiting: defineMessage<{ count: number }>({
    id: 'sync.waiting',
    defaultMessage: '{count, plural, one {# edit waiting to sync} other {# edits waiting to sync}}',
  }),
  issues: defineMessage<{ count: number }>({
    id: 'sync.issueCount',
    defaultMessage: '{count, plural, one {# sync issue} other {# sync issues}}',
  }),
  loading: defineMessage<{ table: string; loaded: number; total: number }>({
    id: 'sync.loading',
    defaultMessage:
      '{table, select, contacts {Loading contacts…} subLists {Loading sub-lists…} other {Loading groups…}} {loaded, number} of {total, number}',
  }),
};

/** The notices above every page: what the sync needs the user to know, until it no longer applies. */
export const noticeMessages = {
  ...defineMessages({
    storageFull: {
      id: 'sync.notice.storageFull',
      defaultMessage:
        'This device is out of storage space, so it cannot keep the data it syncs. Free up some space (delete files you no longer need, or other sites’ data in the browser’s settings): syncing resumes by itself, and nothing you saved is lost.',
    },
  }),
  serverRestored: defineMessage<{ count: number }>({
    id: 'sync.notice.serverRestored',
    defaultMessage:
      'The server was restored from an earlier backup. This device loaded the data again{count, plural, =0 {; none of your edits was lost.} one { and sent again # edit of yours that the backup lacked.} other { and sent again # edits of yours that the backup lacked.}}',
  }),
  deviceRestored: defineMessage<{ count: number }>({
    id: 'sync.notice.deviceRestored',
    defaultMessage:
      'This device’s data was restored from an older copy. Nothing is lost: your edits waiting to sync are being sent{count, plural, =0 {.} one {, and # edit the server had lost was sent again.} other {, and # edits the server had lost were sent again.}}',
  }),
};
