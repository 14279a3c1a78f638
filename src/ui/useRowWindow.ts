import { useCallback, useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

/**
 * Height assumed for a list not laid out yet (or in jsdom), so it still renders a screenful of rows:
 * taller than any of our lists (the tallest is 40rem).
 */
const ASSUMED_VIEWPORT = 1000;

export interface RowWindow {
  /** The rows to render, in order. */
  indexes: number[];
  totalHeight: number;
  /** The first row in view. */
  firstInView: number;
  /** Rows that fit whole in the viewport (what Page Down moves by). */
  rowsInView: number;
  /** Scrolls the least needed to bring a row fully into view. */
  scrollToIndex: (index: number) => void;
}

/**
 * Which rows of a scrolling list of fixed-height rows are in view (plus `overscan` on each side).
 * All arithmetic: a render costs the same for 30 rows or 50,000, and a new row count costs
 * nothing — general-purpose virtualizers rebuild one measurement per row when the count changes,
 * which made every search keystroke O(matches) (see docs/performance.md).
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  const [firstVisible, setFirstVisible] = useState(0);
  const [viewport, setViewport] = useState(ASSUMED_VIEWPORT);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    // Only a change of the first visible row re-renders, not every scrolled pixel.
    const onScroll = () => setFirstVisible(Math.floor(element.scrollTop / rowHeight));
    const onResize = () => setViewport(element.clientHeight > 0 ? element.clientHeight : ASSUMED_VIEWPORT);
    onScroll();
    onResize();
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef, rowHeight]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = index * rowHeight;
      const height = element.clientHeight > 0 ? element.clientHeight : ASSUMED_VIEWPORT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + height) element.scrollTop = top + rowHeight - height;
      // Render the rows now rather than on the scroll event, a frame later.
      setFirstVisible(Math.floor(element.scrollTop / rowHeight));
    },
    [scrollRef, rowHeight],
  );

  const visibleRows = Math.ceil(viewport / rowHeight) + 1;
  // A shorter list (after a search) can leave the remembered position past its end until the browser's scroll event.
  const first = Math.min(firstVisible, Math.max(0, count - visibleRows));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visibleRows + overscan);
  const indexes: number[] = [];
  for (let index = start; index < end; index++) indexes.push(index);
  return {
    indexes,
    firstInView: first,
    totalHeight: count * rowHeight,
    rowsInView: Math.floor(viewport / rowHeight),
    scrollToIndex,
  };
}

/**
 * Where a row of the window sits: moved down to its offset (the lists' CSS places every row
 * absolutely at the top), so the rows in view are all there is.
 */
export function rowStyle(index: number, rowHeight: number): CSSProperties {
  return { height: rowHeight, transform: `translateY(${index * rowHeight}px)` };
}
