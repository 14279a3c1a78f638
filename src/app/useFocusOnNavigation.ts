import { useEffect, useRef, type RefObject } from 'react';
import { useRouter, useRouterState } from '@tanstack/react-router';

/** Frames to wait for the new page (a lazily loaded page renders a moment after the URL changes). */
const MAX_FRAMES = 60;
/** When a page is reused for the next URL (one group to another) its h1 stays: focus it once the router is idle. */
const SAME_PAGE_FRAMES = 5;

/**
 * After a navigation inside the shell, moves focus to the new page's h1 (or to <main> when the page
 * has none), so keyboard and screen-reader users start at the top of what changed instead of on a
 * link that no longer exists. The first page shown is left alone, and so is focus that the new page
 * or a dialog has placed itself.
 */
export function useFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const router = useRouter();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const shown = useRef(pathname);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const container = main.current;
    if (!container) return;
    const oldHeading = container.querySelector('h1');
    const trigger = document.activeElement;
    let frame = 0;
    let frames = 0;
    let focused: HTMLElement | null = null;

    const placedByPage = () => {
      const active = document.activeElement;
      return Boolean(
        active &&
        active !== document.body &&
        active !== trigger &&
        (container.contains(active) || active.closest('[role$="dialog"]')),
      );
    };
    const focusTarget = (target: HTMLElement) => {
      focused = target;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      frame = requestAnimationFrame(followSwap);
    };
    // A page that shows a placeholder while its data loads swaps its h1: follow it for a moment.
    const followSwap = () => {
      frames += 1;
      if (focused && !focused.isConnected && document.activeElement === document.body) {
        focusTarget(container.querySelector<HTMLElement>('h1') ?? container);
      } else if (frames < MAX_FRAMES) {
        frame = requestAnimationFrame(followSwap);
      }
    };
    const waitForPage = () => {
      frames += 1;
      const heading = container.querySelector<HTMLElement>('h1');
      const idle = router.state.status === 'idle' && router.state.resolvedLocation?.pathname === pathname;
      const rendered = heading && (heading !== oldHeading || (idle && frames >= SAME_PAGE_FRAMES));
      if (!rendered && frames < MAX_FRAMES) {
        frame = requestAnimationFrame(waitForPage);
      } else if (!placedByPage()) {
        frames = 0;
        focusTarget((rendered && heading) || container);
      }
    };
    frame = requestAnimationFrame(waitForPage);
    return () => cancelAnimationFrame(frame);
  }, [main, pathname, router]);
}
