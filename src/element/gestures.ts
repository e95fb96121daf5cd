/** Wheel, drag and pinch over the drawing, turned into zoom and pan; the page's own vertical scrolling is never taken. */
// Wheel, drag and pinch over the drawing, turned into zoom and pan. The plain (vertical) wheel and
// vertical swipes are never taken: they scroll the page. ctrl/⌘ + wheel (and a trackpad pinch,
// which browsers send as ctrl + wheel) zooms about the pointer; a horizontal wheel or swipe, a drag
// and a two-finger pinch pan and zoom.
export interface GestureHandlers {
  /** Zoom by `factor` about `x` px from the drawing's left edge. */
  zoom(x: number, factor: number): void;
  /** Pan by `dx` px (screen direction); returns whether the view moved. */
  pan(dx: number): boolean;
}

/** Movement (px) before a press becomes a drag rather than a click. */
const DRAG = 4;

export class Gestures {
  /** The last press moved: the click that ends it does not select. */
  dragged = false;
  private readonly points = new Map<number, { x: number; y: number }>();
  private startX = 0;
  private spread = 0;

  constructor(private readonly on: GestureHandlers) {}

  private static left(e: Event): number {
    return (e.currentTarget as Element).getBoundingClientRect().left;
  }

  private distance(): number {
    const [a, b] = [...this.points.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }

  readonly wheel = (e: WheelEvent): void => {
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      const lines = e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? 400 : 1;
      this.on.zoom(e.clientX - Gestures.left(e), Math.exp(-e.deltaY * lines * 0.002));
    } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && this.on.pan(e.deltaX)) {
      e.preventDefault();
    }
  };

  readonly down = (e: PointerEvent): void => {
    if (e.button) return;
    if (!this.points.size) {
      this.dragged = false;
      this.startX = e.clientX;
    }
    this.points.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.spread = this.distance();
  };

  readonly move = (e: PointerEvent): void => {
    const last = this.points.get(e.pointerId);
    if (!last) return;
    const now = { x: e.clientX, y: e.clientY };
    if (!this.dragged && Math.abs(now.x - this.startX) < DRAG && this.points.size < 2) return;
    if (!this.dragged) {
      this.dragged = true;
      (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    }
    this.points.set(e.pointerId, now);
    if (this.points.size > 1) {
      const spread = this.distance();
      const [a, b] = [...this.points.values()];
      if (this.spread > 0 && spread > 0) this.on.zoom((a.x + b.x) / 2 - Gestures.left(e), spread / this.spread);
      this.spread = spread;
    } else {
      this.on.pan(last.x - now.x);
    }
  };

  readonly up = (e: PointerEvent): void => {
    this.points.delete(e.pointerId);
    this.spread = this.distance();
  };
}
