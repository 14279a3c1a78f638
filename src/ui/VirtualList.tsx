import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { rowStyle, useRowWindow } from './useRowWindow';
import './virtual-lists.css';

export interface VirtualListProps {
  /** Accessible name of the list. */
  label: string;
  count: number;
  rowHeight: number;
  renderRow: (index: number, active: boolean) => ReactNode;
  /** The row the keyboard is on (-1 for none). */
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  /** Enter (or Space, when `spaceActivates`) on the active row. */
  onActivate?: (index: number) => void;
  spaceActivates?: boolean;
  /** A click (or tap) on a row makes it active and activates it, like Enter. */
  activateOnClick?: boolean;
  multiselectable?: boolean;
  isSelected?: (index: number) => boolean;
  height?: string;
}

/**
 * A listbox that renders only the rows in view, so 50,000 rows cost what 30 do.
 * Focus stays on the list; arrows, Page Up/Down, Home and End move the active row
 * (announced through aria-activedescendant) and Enter activates it.
 */
export function VirtualList({
  label,
  count,
  rowHeight,
  renderRow,
  activeIndex,
  onActiveIndexChange,
  onActivate,
  spaceActivates,
  activateOnClick,
  multiselectable,
  isSelected,
  height = '60vh',
}: VirtualListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Rows below the screen are left out (a tablet shows the top of the list only); the active row is
  // always there, as aria-activedescendant names it.
  const rows = useRowWindow(scrollRef, count, rowHeight, { overscan: 2, clipToPage: true, keep: activeIndex });
  const { scrollToIndex } = rows;
  const idPrefix = `vl-${label.replace(/\W+/g, '-')}`;
  // Set by the keys that move the active row: the page follows it too, as the list does.
  const followActive = useRef(false);

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < count) scrollToIndex(activeIndex);
    if (!followActive.current) return;
    followActive.current = false;
    document.getElementById(`${idPrefix}-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, count, scrollToIndex, idPrefix]);

  const pageRows = Math.max(1, rows.rowsInView - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    if (count === 0) return;
    const move = (index: number) => {
      event.preventDefault();
      const target = Math.min(count - 1, Math.max(0, index));
      followActive.current = target !== activeIndex;
      onActiveIndexChange(target);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(activeIndex + 1);
      case 'ArrowUp':
        return move(activeIndex - 1);
      case 'PageDown':
        return move(activeIndex + pageRows);
      case 'PageUp':
        return move(activeIndex - pageRows);
      case 'Home':
        return move(0);
      case 'End':
        return move(count - 1);
      case 'Enter':
      case ' ':
        if (event.key === ' ' && !spaceActivates) return;
        if (activeIndex >= 0 && onActivate) {
          event.preventDefault();
          onActivate(activeIndex);
        }
    }
  };

  // One handler for all the rows (none of their own to render): the row clicked is the option's place.
  const onClick = activateOnClick
    ? (event: MouseEvent) => {
        const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
        const index = Number(option?.getAttribute('aria-posinset')) - 1;
        if (!(index >= 0 && index < count)) return;
        onActiveIndexChange(index);
        onActivate?.(index);
      }
    : undefined;

  return (
    // Focus stays on the listbox, which handles the keys (aria-activedescendant); a click is the pointer path.
    <div
      ref={scrollRef}
      className="virtual-list"
      role="listbox"
      aria-label={label}
      aria-multiselectable={multiselectable || undefined}
      aria-activedescendant={activeIndex >= 0 && activeIndex < count ? `${idPrefix}-${activeIndex}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={onClick}
      // The keyboard starts on the first row in view: a tap on a scrolled list must not move it back to the top.
      onFocus={() => activeIndex < 0 && count > 0 && onActiveIndexChange(rows.firstInView)}
      style={{ height }}
    >
      <div className="virtual-list__rows" style={{ height: rows.totalHeight }}>
        {rows.indexes.map((index) => (
          <div
            // Keyed by position: focus never sits on a row, so a new search reuses the rows' elements.
            key={index}
            id={`${idPrefix}-${index}`}
            role="option"
            aria-selected={isSelected ? isSelected(index) : index === activeIndex}
            aria-setsize={count}
            aria-posinset={index + 1}
            className={index === activeIndex ? 'virtual-list__row virtual-list__row--active' : 'virtual-list__row'}
            style={rowStyle(index, rowHeight)}
          >
            {renderRow(index, index === activeIndex)}
          </div>
        ))}
      </div>
    </div>
  );
}
