/** The words of the external contact pages, and the function that turns a refusal into a message. */
import { defineMessage, defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import type { RejectionReason } from '../../domain/outcomes';
import type { PhoneError } from '../../domain/rules';
import { isNameProblem, nameProblemMessage } from '../../ui/NameField';

export const externalContactMessages = {
  ...defineMessages({
    addTitle: { id: 'externalContacts.addTitle', defaultMessage: 'Add External Contact' },
    editTitle: { id: 'externalContacts.editTitle', defaultMessage: 'Edit External Contact' },
    intro: {
      id: 'externalContacts.intro',
      defaultMessage: 'Someone outside the company whom your PTT users can reach. It appears in the master list.',
    },
    fromIssue: {
      id: 'externalContacts.fromIssue',
      defaultMessage:
        'The server did not save this contact as you entered it. Correct it and save it again: the sync issue then closes.',
    },
    nameHint: { id: 'externalContacts.nameHint', defaultMessage: 'Up to 30 characters.' },
    phone: { id: 'externalContacts.phone', defaultMessage: 'Phone number' },
    phoneHint: { id: 'externalContacts.phoneHint', defaultMessage: '10 digits, for example 613-555-0142.' },
    delete: { id: 'externalContacts.delete', defaultMessage: 'Delete external contact' },
    loading: { id: 'externalContacts.loading', defaultMessage: 'Loading the contact…' },
    notFoundTitle: { id: 'externalContacts.notFoundTitle', defaultMessage: 'This contact no longer exists' },
    deletedElsewhere: {
      id: 'externalContacts.deletedElsewhere',
      defaultMessage: 'This external contact no longer exists — another administrator deleted it.',
    },
    notFoundBody: {
      id: 'externalContacts.notFoundBody',
      defaultMessage: 'Another admin may have deleted it, or the link may be wrong.',
    },
    subscriberTitle: { id: 'externalContacts.subscriberTitle', defaultMessage: 'This is a PTT subscriber' },
    subscriberBody: {
      id: 'externalContacts.subscriberBody',
      defaultMessage:
        'Subscribers are provisioned by the carrier: they cannot be edited or deleted here. You can manage their groups and options.',
    },
    phoneRequired: { id: 'externalContacts.error.phoneRequired', defaultMessage: 'Enter a phone number.' },
    phoneInvalid: {
      id: 'externalContacts.error.phoneInvalid',
      defaultMessage: 'Enter a 10-digit phone number, for example 613-555-0142.',
    },
    phoneAreaCode: {
      id: 'externalContacts.error.phoneAreaCode',
      defaultMessage: 'The area code (the first 3 digits) cannot start with 0 or 1.',
    },
    phoneExchange: {
      id: 'externalContacts.error.phoneExchange',
      defaultMessage: 'The 3 digits after the area code cannot start with 0 or 1.',
    },
    phoneTakenUnknown: {
      id: 'externalContacts.error.phoneTakenUnknown',
      defaultMessage: 'This number already belongs to another contact.',
    },
    gone: {
      id: 'externalContacts.error.gone',
      defaultMessage: 'This contact no longer exists: another admin may have deleted it. Nothing was saved.',
    },
    notSaved: {
      id: 'externalContacts.error.notSaved',
      defaultMessage: 'The contact could not be saved. Check the name and the number, then try again.',
    },
  }),
  phoneTaken: defineMessage<{ name: string }>({
    id: 'externalContacts.error.phoneTaken',
    defaultMessage: 'This number already belongs to {name}.',
  }),
  added: defineMessage<{ name: string }>({
    id: 'externalContacts.added',
    defaultMessage: 'External contact {name} was added to the master list.',
  }),
  saved: defineMessage<{ name: string }>({
    id: 'externalContacts.saved',
    defaultMessage: 'Changes to {name} were saved.',
  }),
  deleted: defineMessage<{ name: string }>({
    id: 'externalContacts.deleted',
    defaultMessage: 'External contact {name} was deleted.',
  }),
  deleteTitle: defineMessage<{ name: string }>({
    id: 'externalContacts.deleteTitle',
    defaultMessage: 'Delete {name}?',
  }),
  deleteBody: defineMessage<{ name: string }>({
    id: 'externalContacts.deleteBody',
    defaultMessage: '{name} will be removed from the master list and from your users’ devices.',
  }),
  deleteLists: defineMessage<{ subLists: number; groups: number }>({
    id: 'externalContacts.deleteLists',
    defaultMessage:
      'It will also be removed from {subLists, plural, =0 {{groups, plural, one {# group} other {# groups}}} one {# sub-list{groups, plural, =0 {} one { and # group} other { and # groups}}} other {# sub-lists{groups, plural, =0 {} one { and # group} other { and # groups}}}}.',
  }),
};

/** What each problem of a typed number says. */
export const phoneMessages: Record<PhoneError, MessageDescriptor> = {
  'phone.required': externalContactMessages.phoneRequired,
  'phone.invalid': externalContactMessages.phoneInvalid,
  'phone.areaCode': externalContactMessages.phoneAreaCode,
  'phone.exchange': externalContactMessages.phoneExchange,
};

/** A refusal from the rules, as a message for a field or, when no field owns it, for the whole form. */
export function contactRejectionMessage(
  intl: IntlShape,
  reason: RejectionReason,
  name: string,
): { field: 'name' | 'phone' | null; text: string } {
  if (isNameProblem(reason)) return { field: 'name', text: nameProblemMessage(intl, reason, name) };
  if (reason in phoneMessages) {
    return { field: 'phone', text: intl.formatMessage(phoneMessages[reason as PhoneError]) };
  }
  if (reason === 'phone.taken')
    return { field: 'phone', text: intl.formatMessage(externalContactMessages.phoneTakenUnknown) };
  if (reason === 'notFound') return { field: null, text: intl.formatMessage(externalContactMessages.gone) };
  return { field: null, text: intl.formatMessage(externalContactMessages.notSaved) };
}
