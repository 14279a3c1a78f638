/**
 * The words of the shared pieces in src/ui. Those several pieces use (Save, Cancel, the way back
 * to the master list) are one message each, so every form and page says them the same way. The
 * editing pages' shared words (names, pickers, leaving a form…) are in form-messages.ts, which
 * loads with those pages rather than on the first screen.
 */
import { defineMessages } from 'react-intl';

export const commonMessages = defineMessages({
  ok: { id: 'ui.ok', defaultMessage: 'OK' },
  save: { id: 'ui.save', defaultMessage: 'Save' },
  cancel: { id: 'ui.cancel', defaultMessage: 'Cancel' },
  waitingForReload: {
    id: 'ui.waitingForReload',
    defaultMessage:
      'This device is loading the data again after a server restore. Your changes are kept, and you can save them once it has finished.',
  },
  waitingForLoad: {
    id: 'ui.waitingForLoad',
    defaultMessage:
      'This device is still loading the data. Your changes are kept, and you can save them once it has finished.',
  },
  backToMasterList: { id: 'ui.backToMasterList', defaultMessage: 'Go to the master list' },
  openSubscriber: { id: 'ui.openSubscriber', defaultMessage: 'Open the subscriber' },
  openExternalContact: { id: 'ui.openExternalContact', defaultMessage: 'Edit External Contact' },
  pending: { id: 'ui.pending', defaultMessage: 'Waiting to sync' },
  externalContact: { id: 'ui.externalContact', defaultMessage: 'External contact' },
  dismiss: { id: 'ui.flash.dismiss', defaultMessage: 'Dismiss' },
  storageFull: {
    id: 'ui.storageFull',
    defaultMessage:
      'This device is out of storage space, so nothing was saved. Free up some space (delete files you no longer need, or other sites’ data in the browser’s settings), then try again: what you entered is still here.',
  },
});

/** The contact search's label and hint: the master list and the member picker search alike (src/lib/contact-search.ts). */
export const contactSearchMessages = defineMessages({
  label: { id: 'ui.contactSearch.label', defaultMessage: 'Search' },
  hint: { id: 'ui.contactSearch.hint', defaultMessage: 'Name or phone number' },
});
