/** The routes' pages of a subscriber's profile (src/app/router.tsx): View Groups and Options. */
import { useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { useGroupsOf } from './hooks';
import { MessagingForm } from './MessagingForm';
import { ScanningForm } from './ScanningForm';
import { SubscriberProfile } from './SubscriberProfile';
import { optionsMessages, scanningMessages } from './messages';

export function ViewGroupsPage() {
  const intl = useIntl();
  const { subscriberId } = useParams({ from: '/app/subscribers/$subscriberId' });
  const groups = useGroupsOf(subscriberId, intl.locale);
  return (
    <SubscriberProfile
      subscriberId={subscriberId}
      ready={groups !== undefined}
      externalBody={scanningMessages.externalBody}
    >
      {(subscriber) => <ScanningForm key={subscriber.id} subscriber={subscriber} groups={groups ?? []} />}
    </SubscriberProfile>
  );
}

export function OptionsPage() {
  const { subscriberId } = useParams({ from: '/app/subscribers/$subscriberId/options' });
  return (
    <SubscriberProfile subscriberId={subscriberId} externalBody={optionsMessages.externalBody}>
      {(subscriber) => <MessagingForm key={subscriber.id} subscriber={subscriber} />}
    </SubscriberProfile>
  );
}
