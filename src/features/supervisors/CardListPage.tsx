/**
 * The page both supervisor sections are: a title, one line (the intro, or "none yet" when there is
 * nothing to list) and the rows as cards in name order. Each page brings its words and its card.
 */
import type { ReactNode } from 'react';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { useSortedByName } from './hooks';

interface CardListPageProps<T> {
  /** The page's class, and the root of its title's id and of its list's class. */
  name: string;
  messages: { title: MessageDescriptor; intro: MessageDescriptor; none: MessageDescriptor };
  /** Undefined while reading. */
  rows: readonly T[] | undefined;
  /** One row's card: a list item, with its key. */
  card: (row: T) => ReactNode;
}

export function CardListPage<T extends { name: string }>({ name, messages, rows, card }: CardListPageProps<T>) {
  const intl = useIntl();
  const sorted = useSortedByName(rows);
  return (
    <section className={`page ${name}`} aria-labelledby={`${name}-title`}>
      <header className="page__header">
        <h1 id={`${name}-title`}>{intl.formatMessage(messages.title)}</h1>
      </header>
      <p>{intl.formatMessage(rows?.length === 0 ? messages.none : messages.intro)}</p>
      <ul className={`${name}__list`}>{sorted.map(card)}</ul>
    </section>
  );
}
