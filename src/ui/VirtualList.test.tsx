import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 50;

function People({
  count,
  onOpen = () => undefined,
  activateOnClick,
}: {
  count: number;
  onOpen?: (index: number) => void;
  activateOnClick?: boolean;
}) {
  const [active, setActive] = useState(-1);
  return (
    <VirtualList
      label="People"
      count={count}
      rowHeight={ROW_HEIGHT}
      renderRow={(index) => <span>Person {index + 1}</span>}
      activeIndex={active}
      onActiveIndexChange={setActive}
      onActivate={onOpen}
      activateOnClick={activateOnClick}
    />
  );
}

const shownNames = () =>
  within(screen.getByRole('listbox', { name: 'People' }))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('VirtualList', () => {
  it('renders a screenful of 50,000 rows, each telling its place in the whole list', () => {
    render(<People count={50_000} />);
    const options = within(screen.getByRole('listbox', { name: 'People' })).getAllByRole('option');
    expect(options.length).toBeGreaterThan(10);
    expect(options.length).toBeLessThan(40);
    expect(options[0]).toHaveTextContent('Person 1');
    expect(options[0]).toHaveAttribute('aria-setsize', '50000');
    expect(options[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('shows the rows scrolled to, and reaches the last row with End and the first with Home', async () => {
    const user = userEvent.setup();
    render(<People count={50_000} />);
    const list = screen.getByRole('listbox', { name: 'People' });

    list.scrollTop = 20_000 * ROW_HEIGHT;
    fireEvent.scroll(list);
    expect(shownNames()).toContain('Person 20001');
    expect(shownNames()).not.toContain('Person 1');

    list.focus();
    await user.keyboard('{End}');
    expect(shownNames()).toContain('Person 50000');
    expect(list).toHaveAttribute('aria-activedescendant', expect.stringMatching(/-49999$/));
    // The list scrolled so that the last row is in view, not past the end.
    expect(list.scrollTop).toBeLessThanOrEqual(50_000 * ROW_HEIGHT);
    expect(list.scrollTop + 1_000).toBeGreaterThanOrEqual(50_000 * ROW_HEIGHT);

    await user.keyboard('{Home}');
    expect(list.scrollTop).toBe(0);
    expect(shownNames()[0]).toBe('Person 1');
  });

  it('opens the active row with Enter, and never renders past the end of a shorter list', async () => {
    const user = userEvent.setup();
    const opened: number[] = [];
    const { rerender } = render(<People count={50_000} onOpen={(index) => opened.push(index)} />);
    const list = screen.getByRole('listbox', { name: 'People' });
    list.focus();
    // Focus puts the keyboard on the first row.
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(opened).toEqual([2]);

    list.scrollTop = 40_000 * ROW_HEIGHT;
    fireEvent.scroll(list);
    // A search narrows the list to 3 rows: they show at once, before the browser moves the scroll bar.
    rerender(<People count={3} />);
    expect(shownNames()).toEqual(['Person 1', 'Person 2', 'Person 3']);
  });

  it('opens the row clicked or tapped, wherever the list is scrolled, and makes it the active row', async () => {
    const user = userEvent.setup();
    const opened: number[] = [];
    render(<People count={50_000} onOpen={(index) => opened.push(index)} activateOnClick />);
    const list = screen.getByRole('listbox', { name: 'People' });
    list.scrollTop = 30_000 * ROW_HEIGHT;
    fireEvent.scroll(list);

    // On the row's text, as a finger lands on the name.
    await user.click(screen.getByText('Person 30002'));
    expect(opened).toEqual([30_001]);
    expect(screen.getByRole('option', { name: 'Person 30002' })).toHaveAttribute('aria-selected', 'true');
    expect(list).toHaveAttribute('aria-activedescendant', expect.stringMatching(/-30001$/));
  });
});

/**
 * jsdom lays nothing out: this stands in for the browser's IntersectionObserver, telling the list
 * which part of its box the screen shows (in px from the box's top), as Chromium does when the
 * page scrolls. The real one is exercised on a tablet-sized screen in tests/browser/master-list.test.ts.
 */
class ScreenShows {
  static current: ScreenShows | null = null;
  constructor(private readonly report: IntersectionObserverCallback) {
    ScreenShows.current = this;
  }
  observe() {}
  disconnect() {}
  static part(top: number, bottom: number) {
    const observer = ScreenShows.current;
    if (!observer) throw new Error('the list does not watch the screen');
    const entry = {
      isIntersecting: bottom > top,
      boundingClientRect: { top: 0, bottom: 1_000 },
      intersectionRect: { top, bottom },
    } as unknown as IntersectionObserverEntry;
    act(() => observer.report([entry], observer as unknown as IntersectionObserver));
  }
}

describe('VirtualList on a page that shows only part of it (a tablet)', () => {
  afterEach(() => {
    ScreenShows.current = null;
  });
  const watchScreen = () => vi.stubGlobal('IntersectionObserver', ScreenShows);

  it('renders only the rows on the screen (and two more), each still telling its place in the whole list', () => {
    watchScreen();
    render(<People count={50_000} />);
    // The screen ends 300 px into the list's box: six rows of 50 px.
    ScreenShows.part(0, 300);
    expect(shownNames()).toEqual(Array.from({ length: 8 }, (_, row) => `Person ${row + 1}`));
    const options = within(screen.getByRole('listbox', { name: 'People' })).getAllByRole('option');
    expect(options.map((option) => option.getAttribute('aria-posinset'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    for (const option of options) expect(option).toHaveAttribute('aria-setsize', '50000');

    // The page scrolls: the top of the box goes above the screen, the rest of it comes in.
    ScreenShows.part(400, 1_000);
    expect(shownNames()[0]).toBe('Person 7');
    expect(shownNames()).toContain('Person 20');
    expect(shownNames()).not.toContain('Person 1');
  });

  it('keeps the row the keyboard is on, below the screen, and brings it into view', async () => {
    watchScreen();
    const user = userEvent.setup();
    const broughtIntoView: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      broughtIntoView.push(this.textContent ?? '');
    };
    try {
      render(<People count={50_000} />);
      ScreenShows.part(0, 150);
      const list = screen.getByRole('listbox', { name: 'People' });
      list.focus();
      await user.keyboard('{ArrowDown}'.repeat(8));
      // The ninth row is past the three on screen and their two more, but rendered: the list names it as active.
      const active = document.getElementById(String(list.getAttribute('aria-activedescendant')));
      expect(active).toHaveTextContent('Person 9');
      expect(active).toHaveAttribute('aria-posinset', '9');
      expect(active).toHaveAttribute('aria-selected', 'true');
      expect(broughtIntoView.at(-1)).toBe('Person 9');
    } finally {
      // @ts-expect-error -- jsdom has none; put back as it was.
      delete Element.prototype.scrollIntoView;
    }
  });

  it('starts the keyboard on the first row on the screen when the page is scrolled', async () => {
    watchScreen();
    const user = userEvent.setup();
    render(<People count={50_000} />);
    // The page hides the list's first four rows.
    ScreenShows.part(200, 700);
    await user.click(screen.getByText('Person 7'));
    const list = screen.getByRole('listbox', { name: 'People' });
    expect(document.getElementById(String(list.getAttribute('aria-activedescendant')))).toHaveTextContent('Person 5');
  });

  it('opens the row tapped on a list scrolled both ways, and shows a shorter list at once', async () => {
    watchScreen();
    const user = userEvent.setup();
    const opened: number[] = [];
    const { rerender } = render(<People count={50_000} onOpen={(index) => opened.push(index)} activateOnClick />);
    const list = screen.getByRole('listbox', { name: 'People' });
    ScreenShows.part(0, 300);
    list.scrollTop = 30_000 * ROW_HEIGHT;
    fireEvent.scroll(list);
    await user.click(screen.getByText('Person 30003'));
    expect(opened).toEqual([30_002]);

    rerender(<People count={3} activateOnClick />);
    expect(shownNames()).toEqual(['Person 1', 'Person 2', 'Person 3']);
  });
});
