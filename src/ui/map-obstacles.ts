import type { Box } from '../map/label-placement';

/** What floats over the map and hides what lies under it. */
const OBSTACLES = ['.map-settings', '.card', '.maplibregl-ctrl-top-right', '.maplibregl-ctrl-bottom-right'];

/** The boxes of the floating panels and controls, in the map element's own pixels. */
function measure(map: HTMLElement, area: ParentNode): Box[] {
  const origin = map.getBoundingClientRect();
  return OBSTACLES.flatMap((selector) => [...area.querySelectorAll(selector)])
    .map((element) => element.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map((rect): Box => [rect.left - origin.left, rect.top - origin.top, rect.right - origin.left, rect.bottom - origin.top].map(Math.round) as Box);
}

/**
 * Calls back with those boxes when one comes, goes or changes size (a legend folded, a card
 * opened): panels come and go as children of the map's parent, and change size by themselves.
 */
export function watchObstacles(map: HTMLElement, onChange: (boxes: Box[]) => void): () => void {
  const area = map.parentElement ?? map;
  let last = '';
  const report = () => {
    const boxes = measure(map, area);
    const key = JSON.stringify(boxes);
    if (key === last) return;
    last = key;
    onChange(boxes);
  };
  const sizes = new ResizeObserver(report);
  const observeAll = () => {
    sizes.disconnect();
    sizes.observe(map);
    for (const selector of OBSTACLES) area.querySelectorAll(selector).forEach((element) => sizes.observe(element));
    report();
  };
  const children = new MutationObserver(observeAll);
  children.observe(area, { childList: true });
  observeAll();
  return () => {
    children.disconnect();
    sizes.disconnect();
  };
}
