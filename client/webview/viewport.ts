// Zoom (wheel, buttons), pan (drag) and fit for the SVG drawing, as one transform on its content group.
// The arithmetic is in viewMath.ts (no DOM), for the unit tests.
import { type ViewTransform, clampOffset, fitView, margin, maxScale, minScale, scrollStep } from './viewMath';

export { readableScale } from './viewMath';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class Viewport {
  private scale = 1;
  private translateX = 0;
  private translateY = 0;
  private contentWidth = 0;
  private contentHeight = 0;
  private dragStart: { x: number; y: number; translateX: number; translateY: number } | undefined;
  /** True right after a drag, so the click that ends it does not select a state. */
  wasDragged = false;
  /** True while the view shows the fitted graph; a resize or a new layout then fits again. */
  isAtFit = true;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly content: SVGGElement,
  ) {
    // Like other VS Code previews: the wheel scrolls, Ctrl+wheel (and a trackpad pinch) zooms.
    svg.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const lines = event.deltaMode === 1 ? 16 : 1;
        if (event.ctrlKey || event.metaKey) {
          const factor = Math.exp(-event.deltaY * lines * 0.0025);
          const bounds = svg.getBoundingClientRect();
          this.zoomAt(factor, event.clientX - bounds.left, event.clientY - bounds.top);
        } else {
          this.scrollBy(-(event.shiftKey ? event.deltaY : event.deltaX) * lines, -(event.shiftKey ? 0 : event.deltaY) * lines);
        }
      },
      { passive: false },
    );
    svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      this.dragStart = { x: event.clientX, y: event.clientY, translateX: this.translateX, translateY: this.translateY };
      this.wasDragged = false;
    });
    svg.addEventListener('pointermove', (event) => {
      if (!this.dragStart) return;
      const dx = event.clientX - this.dragStart.x;
      const dy = event.clientY - this.dragStart.y;
      if (!this.wasDragged && Math.hypot(dx, dy) < 4) return;
      if (!this.wasDragged) svg.setPointerCapture(event.pointerId);
      this.wasDragged = true;
      svg.classList.add('panning');
      this.translateX = this.dragStart.translateX + dx;
      this.translateY = this.dragStart.translateY + dy;
      this.isAtFit = false;
      this.apply();
    });
    const endDrag = (): void => {
      this.dragStart = undefined;
      svg.classList.remove('panning');
      // The click event follows pointerup; clear the flag after it has been seen.
      setTimeout(() => (this.wasDragged = false), 0);
    };
    svg.addEventListener('pointerup', endDrag);
    svg.addEventListener('pointercancel', endDrag);
  }

  setContentSize(width: number, height: number): void {
    this.contentWidth = width;
    this.contentHeight = height;
  }

  /** Shows the whole graph; `readable` stops at a scale where labels stay legible (then it fits the
   * width if it can and starts at the top left, and the user scrolls to the rest). */
  fit(readable = false): void {
    const bounds = this.svg.getBoundingClientRect();
    if (bounds.width === 0 || this.contentWidth === 0) return;
    ({
      scale: this.scale,
      translateX: this.translateX,
      translateY: this.translateY,
    } = fitView(bounds, { width: this.contentWidth, height: this.contentHeight }, readable));
    this.isAtFit = true;
    this.apply();
  }

  panBy(dx: number, dy: number): void {
    this.translateX += dx;
    this.translateY += dy;
    this.isAtFit = false;
    this.apply();
  }

  /** The wheel: see scrollStep. */
  scrollBy(dx: number, dy: number): void {
    const next = scrollStep(
      this.svg.getBoundingClientRect(),
      { width: this.contentWidth, height: this.contentHeight },
      this.transform,
      dx,
      dy,
    );
    ({ translateX: this.translateX, translateY: this.translateY } = next);
    this.isAtFit = false;
    this.apply();
  }

  private get transform(): ViewTransform {
    return { scale: this.scale, translateX: this.translateX, translateY: this.translateY };
  }

  actualSize(): void {
    const bounds = this.svg.getBoundingClientRect();
    this.zoomAt(1 / this.scale, bounds.width / 2, bounds.height / 2);
  }

  zoomBy(factor: number): void {
    const bounds = this.svg.getBoundingClientRect();
    this.zoomAt(factor, bounds.width / 2, bounds.height / 2);
  }

  /** Zooms keeping the point under (x, y) in place. */
  zoomAt(factor: number, x: number, y: number): void {
    const scale = Math.min(maxScale, Math.max(minScale, this.scale * factor));
    const applied = scale / this.scale;
    this.translateX = x - (x - this.translateX) * applied;
    this.translateY = y - (y - this.translateY) * applied;
    this.scale = scale;
    this.isAtFit = false;
    this.apply();
  }

  /** Pans just enough to bring a box (in content coordinates) into view. */
  reveal(box: Box): void {
    const bounds = this.svg.getBoundingClientRect();
    const left = box.x * this.scale + this.translateX;
    const top = box.y * this.scale + this.translateY;
    const right = left + box.width * this.scale;
    const bottom = top + box.height * this.scale;
    let dx = 0;
    let dy = 0;
    if (left < margin) dx = margin - left;
    else if (right > bounds.width - margin) dx = bounds.width - margin - right;
    if (top < margin) dy = margin - top;
    else if (bottom > bounds.height - margin) dy = bounds.height - margin - bottom;
    if (dx === 0 && dy === 0) return;
    this.translateX += dx;
    this.translateY += dy;
    this.isAtFit = false;
    this.apply();
  }

  /** Called after every change of zoom or position (the toolbar shows the zoom). */
  onChange: (scale: number) => void = () => undefined;

  private apply(): void {
    // Every move ends here: whatever asked for it, the graph stays within reach.
    const bounds = this.svg.getBoundingClientRect();
    if (bounds.width > 0 && this.contentWidth > 0) {
      this.translateX = clampOffset(this.translateX, bounds.width, this.contentWidth * this.scale);
      this.translateY = clampOffset(this.translateY, bounds.height, this.contentHeight * this.scale);
    }
    this.content.setAttribute(
      'transform',
      `translate(${this.translateX.toFixed(1)}, ${this.translateY.toFixed(1)}) scale(${this.scale.toFixed(4)})`,
    );
    document.body.dataset.zoom = this.scale.toFixed(3);
    this.onChange(this.scale);
  }
}
