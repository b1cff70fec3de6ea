// The preview's view arithmetic, apart from the DOM so the unit tests can run it: where Fit puts
// the graph and at what scale, how far it may be scrolled, and which way the wheel scrolls.

export const margin = 24;
export const minScale = 0.05;
export const maxScale = 4;
/** Below this scale the 13px state names (under 10px on screen) are hard to read. */
export const readableScale = 0.75;

export interface Size {
  width: number;
  height: number;
}

/** Where the content's origin goes on screen and at what scale. */
export interface ViewTransform {
  scale: number;
  translateX: number;
  translateY: number;
}

/**
 * The whole graph in the view; `readable` never goes below the scale where state names stay legible:
 * a graph larger than the view then fits its width if it can, else starts at its top left, and the
 * rest is reached by scrolling (clampOffset keeps all of it reachable).
 */
export function fitView(view: Size, content: Size, readable: boolean): ViewTransform {
  const widthScale = (view.width - 2 * margin) / content.width;
  const wholeScale = Math.min(widthScale, (view.height - 2 * margin) / content.height, 1.25);
  const fitted = readable && wholeScale < readableScale ? Math.min(Math.max(widthScale, readableScale), 1) : wholeScale;
  const scale = Math.max(minScale, fitted);
  return {
    scale,
    // Centred when it fits; else its start (the top, the left: where Start is) at the margin.
    translateX: Math.max(margin, (view.width - content.width * scale) / 2),
    translateY: Math.max(margin, (view.height - content.height * scale) / 2),
  };
}

/**
 * The offset along one axis, kept where the content can be seen: content smaller than the view stays
 * wholly inside it (within the margin); larger content can move until its far edge reaches the
 * margin and no further. So every part can be scrolled to, and no scroll loses the graph off screen.
 */
export function clampOffset(offset: number, viewLength: number, contentLength: number): number {
  const lowest = Math.min(margin, viewLength - margin - contentLength);
  const highest = Math.max(margin, viewLength - margin - contentLength);
  return Math.min(highest, Math.max(lowest, offset));
}

/**
 * One wheel step (dx, dy in screen pixels, positive moves the graph right/down), clamped. The wheel
 * scrolls the axis that can move: a graph wider than the view but no taller (a long left-to-right
 * layout, a wide graph in a narrow split) scrolls sideways under a plain wheel.
 */
export function scrollStep(view: Size, content: Size, at: ViewTransform, dx: number, dy: number): ViewTransform {
  const fitsVertically = content.height * at.scale + 2 * margin <= view.height;
  const [moveX, moveY] = dx === 0 && fitsVertically ? [dy, 0] : [dx, dy];
  return {
    scale: at.scale,
    translateX: clampOffset(at.translateX + moveX, view.width, content.width * at.scale),
    translateY: clampOffset(at.translateY + moveY, view.height, content.height * at.scale),
  };
}
