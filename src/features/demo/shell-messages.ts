/** The Demo button the shell shows on every page; the panel's own words load with the panel (messages.ts). */
import { defineMessages } from 'react-intl';

export const panelMessages = defineMessages({
  open: { id: 'demo.open', defaultMessage: 'Demo' },
});
