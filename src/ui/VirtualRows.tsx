import { useRef, type ReactNode } from 'react';
import { rowStyle, useRowWindow } from './useRowWindow';
import './virtual-lists.css';

export interface VirtualRowsProps {
  label: string;
  count: number;
  rowHeight: number;
  getKey: (index: number) => string;
  renderRow: (index: number) => ReactNode;
  /** The tallest the list grows before it scrolls. */
  maxHeight?: string;
}

/**
 * A plain list (role="list", rows with their own buttons and links) that renders only the rows
 * in view; a short list takes only the room it needs. For pick-one/pick-many, use VirtualList.
 */
export function VirtualRows({ label, count, rowHeight, getKey, renderRow, maxHeight = '60vh' }: VirtualRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useRowWindow(scrollRef, count, rowHeight, { overscan: 3 });
  return (
    <div ref={scrollRef} className="virtual-rows" style={{ height: `min(${count * rowHeight + 2}px, ${maxHeight})` }}>
      <ul aria-label={label} style={{ height: rows.totalHeight }}>
        {rows.indexes.map((index) => (
          <li
            key={getKey(index)}
            aria-setsize={count}
            aria-posinset={index + 1}
            className="virtual-rows__row"
            style={rowStyle(index, rowHeight)}
          >
            {renderRow(index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
