import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface VirtualWindow {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

/**
 * The rows of a fixed-height list that the scroller shows, plus `overscan` rows on each side.
 * State changes only when the window moves by whole rows, not on every scroll event.
 */
export function useVirtualWindow(scroller: RefObject<HTMLElement | null>, rowCount: number, rowHeight: number, overscan: number): VirtualWindow {
  const [view, setView] = useState({ top: 0, height: 0 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () =>
      setView((previous) => {
        const next = { top: Math.floor(element.scrollTop / rowHeight), height: Math.ceil(element.clientHeight / rowHeight) };
        return next.top === previous.top && next.height === previous.height ? previous : next;
      });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [scroller, rowHeight]);
  return {
    start: Math.max(0, Math.min(view.top, rowCount) - overscan),
    end: Math.min(rowCount, view.top + view.height + overscan),
  };
}
