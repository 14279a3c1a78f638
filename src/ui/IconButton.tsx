import type { ReactNode } from 'react';
import './shared.css';

export interface IconButtonProps {
  /** The accessible name: what the button does ("Delete external contact"). Also shown as a tooltip. */
  label: string;
  /** The glyph or SVG; hidden from assistive technology. */
  icon: ReactNode;
  onClick: () => void;
  danger?: boolean;
  disabled?: boolean;
}

/** A 44-pixel square button showing only an icon, named for screen readers and by tooltip. */
export function IconButton({ label, icon, onClick, danger, disabled }: IconButtonProps) {
  return (
    <button
      type="button"
      className={danger ? 'button button--icon icon-button icon-button--danger' : 'button button--icon icon-button'}
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}
