/**
 * The "Add Members" pop-up: the shared picker (src/ui/Picker.tsx) over the contacts that are
 * not members yet, searched by name or number, each shown as every member row shows it.
 */
import { useIntl } from 'react-intl';
import type { Contact } from '../../domain/model';
import { formatPhone } from '../../domain/rules';
import { filterContacts } from '../../lib/contact-search';
import { ExternalContactIcon } from '../../ui/ExternalContactIcon';
import { contactSearchMessages } from '../../ui/messages';
import { Picker } from '../../ui/Picker';
import { pickerMessages } from './messages';

export interface MemberPickerProps {
  open: boolean;
  title: string;
  /** The contacts that are not members yet, in name order. */
  candidates: readonly Contact[];
  /** How many more members the list can take; undefined when there is no limit. */
  placesLeft?: number;
  max?: number;
  onAdd: (ids: string[]) => void;
  onCancel: () => void;
}

export function MemberPicker(props: MemberPickerProps) {
  return (
    <Picker
      {...props}
      search={filterContacts}
      renderItem={(contact) => <ContactLabel contact={contact} />}
      words={{ ...pickerMessages, searchHint: contactSearchMessages.hint }}
    />
  );
}

/** A contact's name, external-contact icon and number, as every member row shows them. */
export function ContactLabel({ contact }: { contact: Contact }) {
  const intl = useIntl();
  return (
    <>
      <span className="member-row__name">
        {contact.name}
        {contact.kind === 'external' && <ExternalContactIcon />}
      </span>
      <span className="member-row__phone">{formatPhone(contact.phone, intl.locale)}</span>
    </>
  );
}
