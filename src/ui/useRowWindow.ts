import { useCallback, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';

/**
 * Height assumed for a list not laid out yet (or in jsdom), so it still renders a screenful of rows:
 * taller than any of our lists (the tallest is 40rem).
 */
const ASSUMED_VIEWPORT = 1000;

export interface RowWindowOptions {
  /** Rows rendered beyond those in view on each side (they are there when a scroll brings them in). */
  overscan: number;
  /**
   * Also leave out the rows the page's own viewport hides (a list reaching below the screen, as on a
   * tablet, where the navigation and the page's header stack above it): fewer rows to render and lay out per keystroke.
   */
  clipToPage?: boolean;
  /** A row always rendered, wherever it is (the active row: `aria-activedescendant` names it). */
  keep?: number;
}

export interface RowWindow {
  /** The rows to render, in order. */
  indexes: number[];
  totalHeight: number;
  /** The first row in view. */
  firstInView: number;
  /** Rows that fit whole in the list's box (what Page Down moves by). */
  rowsInView: number;
  /** Scrolls the least needed to bring a row fully into view. */
  scrollToIndex: (index: number) => void;
}

/** The part of the list's box the page shows, in px from the box's top (the whole box unless clipped). */
interface Seen {
  top: number;
  bottom: number;
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
  { overscan, clipToPage = false, keep = -1 }: RowWindowOptions,
): RowWindow {
  const [viewport, setViewport] = useState(ASSUMED_VIEWPORT);
  // The rows under the part of the list on screen: [first, end). Only a change of them re-renders, not every scrolled pixel.
  const [inView, setInView] = useState({ first: 0, end: Math.ceil(ASSUMED_VIEWPORT / rowHeight) });
  const seen = useRef<Seen | null>(null);

  const measure = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const height = element.clientHeight > 0 ? element.clientHeight : ASSUMED_VIEWPORT;
    const top = element.scrollTop + (seen.current?.top ?? 0);
    const bottom = element.scrollTop + (seen.current ? seen.current.bottom : height);
    const first = Math.floor(top / rowHeight);
    const end = bottom > top ? Math.ceil(bottom / rowHeight) : first;
    setInView((now) => (now.first === first && now.end === end ? now : { first, end }));
  }, [scrollRef, rowHeight]);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onResize = () => {
      setViewport(element.clientHeight > 0 ? element.clientHeight : ASSUMED_VIEWPORT);
      measure();
    };
    onResize();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [scrollRef, measure]);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!clipToPage || !element || typeof IntersectionObserver === 'undefined') return;
    // Told each time the part on screen grows or shrinks by a row, whatever moved it (the page's
    // scroll, a message above, the on-screen keyboard): the overscan covers the row in between.
    const steps = Math.ceil(viewport / rowHeight);
    const threshold = Array.from({ length: steps + 1 }, (_, step) => Math.min(1, (step * rowHeight) / viewport));
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (!entry) return;
        const box = entry.boundingClientRect;
        const shown = entry.intersectionRect;
        seen.current = entry.isIntersecting
          ? { top: shown.top - box.top, bottom: shown.bottom - box.top }
          : { top: 0, bottom: 0 };
        measure();
      },
      { threshold },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      seen.current = null;
    };
  }, [scrollRef, clipToPage, viewport, rowHeight, measure]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = index * rowHeight;
      const height = element.clientHeight > 0 ? element.clientHeight : ASSUMED_VIEWPORT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + height) element.scrollTop = top + rowHeight - height;
      // Render the rows now rather than on the scroll event, a frame later.
      measure();
    },
    [scrollRef, rowHeight, measure],
  );

  // A shorter list (after a search) can leave the remembered rows past its end until the browser's scroll event: its last rows then.
  const shift = Math.min(0, count - inView.end);
  const first = Math.max(0, inView.first + shift);
  const start = Math.max(0, first - overscan);
  const end = Math.max(start, Math.min(count, inView.end + shift + overscan));
  const indexes: number[] = [];
  if (keep >= 0 && keep < start && keep < count) indexes.push(keep);
  for (let index = start; index < end; index++) indexes.push(index);
  if (keep >= end && keep < count) indexes.push(keep);
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
