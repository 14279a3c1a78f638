/**
 * The Import / Export page's common parts: a section under its heading, and the button that
 * leaves an import (preview or summary) to start again with another file.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useImportActions } from './import-flow';

/**
 * `announce`: the heading takes the focus when the section appears, so each step of an import
 * (preview, saving, summary) announces itself.
 */
export function BulkSection({
  id,
  title,
  announce = false,
  children,
}: {
  id: string;
  title: string;
  announce?: boolean;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!announce) return;
    // Once the step is painted: focusing lays the page out at once, inside the task that renders
    // it — a 10,000-row preview's longest (docs/performance.md).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => heading.current?.focus());
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [announce]);
  return (
    <section className="bulk-section" aria-labelledby={id}>
      <h2 id={id} tabIndex={announce ? -1 : undefined} ref={heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function StartOverButton({ label, primary = false }: { label: string; primary?: boolean }) {
  const { restart } = useImportActions();
  return (
    <button type="button" className={primary ? 'button button--primary' : 'button'} onClick={restart}>
      {label}
    </button>
  );
}
