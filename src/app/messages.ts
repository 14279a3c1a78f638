/** The words of the shell: the header, the navigation, the not-found page and the new-version notice. */
import { defineMessage, defineMessages } from 'react-intl';

export const shellMessages = defineMessages({
  appName: { id: 'shell.appName', defaultMessage: 'PTT Admin' },
  navLabel: { id: 'shell.navLabel', defaultMessage: 'Sections' },
  masterList: { id: 'nav.masterList', defaultMessage: 'Manage Master List' },
  addExternalContact: { id: 'nav.addExternalContact', defaultMessage: 'Add External Contact' },
  subLists: { id: 'nav.subLists', defaultMessage: 'Manage Sub-Lists' },
  groups: { id: 'nav.groups', defaultMessage: 'Manage Groups' },
  importExport: { id: 'nav.importExport', defaultMessage: 'Import / Export' },
  activity: { id: 'nav.activity', defaultMessage: 'Activity' },
  syncIssues: { id: 'nav.syncIssues', defaultMessage: 'Sync issues' },
  myGroups: { id: 'nav.myGroups', defaultMessage: 'My groups' },
  supervisors: { id: 'nav.supervisors', defaultMessage: 'Supervisors' },
  notAvailableTitle: { id: 'notAvailable.title', defaultMessage: 'Not available for your account' },

  skipToContent: { id: 'shell.skipToContent', defaultMessage: 'Skip to main content' },
  notFoundTitle: { id: 'notFound.title', defaultMessage: 'Page not found' },
  notFoundBody: {
    id: 'notFound.body',
    defaultMessage: 'There is no page at this address. It may have been moved, or the link may be wrong.',
  },
});

export const notAvailableBody = defineMessage<{ role: string }>({
  id: 'notAvailable.body',
  defaultMessage:
    '{role, select, supervisor {This page is for administrators. As a supervisor, you manage the members and scanning of the groups you supervise.} other {This page is for supervisors: it lists the groups they supervise.}}',
});

export const updateMessages = defineMessages({
  ready: {
    id: 'update.ready',
    defaultMessage: 'A new version of PTT Admin is ready. Edits waiting to sync are kept.',
  },
  reload: { id: 'update.reload', defaultMessage: 'Use the new version' },
});
