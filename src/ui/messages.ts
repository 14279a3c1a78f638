/** Words several shared pieces use: one message each, so every form and page says them the same way. */
import { defineMessages } from 'react-intl';

export const commonMessages = defineMessages({
  save: { id: 'ui.save', defaultMessage: 'Save' },
  cancel: { id: 'ui.cancel', defaultMessage: 'Cancel' },
  backToMasterList: { id: 'ui.backToMasterList', defaultMessage: 'Go to the master list' },
});
