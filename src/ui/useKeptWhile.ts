import { useState } from 'react';

/**
 * `items`, and while `hold` is true also those this form showed before that are missing from it.
 * A form over a row the reload after a server restore has not brought back yet keeps showing
 * what it read with that row (a list's members, a subscriber's groups) instead of an empty list.
 * Every item shown is remembered, even in the renders before `hold` turns true, which the rows'
 * removal may reach first. The kept ones come after `items`, in the order they were first shown.
 */
export function useKeptWhile<T extends { id: string }>(items: readonly T[], hold: boolean): readonly T[] {
  const [shown, setShown] = useState<ReadonlyMap<string, T>>(() => new Map());
  if (items.some((item) => shown.get(item.id) !== item))
    setShown(new Map([...shown, ...items.map((item) => [item.id, item] as const)]));
  if (!hold) return items;
  const here = new Set(items.map((item) => item.id));
  return [...items, ...[...shown.values()].filter((item) => !here.has(item.id))];
}
