import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
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
