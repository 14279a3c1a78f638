import { useRef, type ReactNode } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';

export interface VirtualRowsProps {
  label: string;
  count: number;
  rowHeight: number;
  getKey: (index: number) => string;
  renderRow: (index: number) => ReactNode;
  /** The tallest the list grows before it scrolls. */
  maxHeight?: string;
}

const ASSUMED_RECT = { width: 800, height: 600 };

/**
 * A plain list (role="list", rows with their own buttons and links) that renders only the rows
 * in view; a short list takes only the room it needs. For pick-one/pick-many, use VirtualList.
 */
export function VirtualRows({ label, count, rowHeight, getKey, renderRow, maxHeight = '60vh' }: VirtualRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    getItemKey: getKey,
    initialRect: ASSUMED_RECT,
    // Not laid out yet (or jsdom): still render a screenful of rows.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : ASSUMED_RECT)),
  });
  return (
    <div
      ref={scrollRef}
      className="virtual-rows"
      style={{ height: `min(${count * rowHeight + 2}px, ${maxHeight})`, overflow: 'auto', position: 'relative' }}
    >
      <ul
        aria-label={label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0 }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <li
            key={item.key}
            aria-setsize={count}
            aria-posinset={item.index + 1}
            className="virtual-rows__row"
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: rowHeight,
              transform: `translateY(${item.start}px)`,
            }}
          >
            {renderRow(item.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
