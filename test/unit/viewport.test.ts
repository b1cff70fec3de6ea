// The graph preview's Fit and scrolling (client/webview/viewMath.ts, which viewport.ts applies to
// every fit, wheel, drag and zoom): Fit never goes below a readable scale, and a graph larger than
// the view at that scale can be scrolled to every edge and no further.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ViewTransform, clampOffset, fitView, margin, readableScale, scrollStep } from '../../client/webview/viewMath';

// Views and graphs as users have them: a narrow side split, a wide panel with the run pane open below.
const cases = [
  { name: 'small graph, wide panel: whole and centred', view: { width: 1200, height: 800 }, content: { width: 400, height: 300 } },
  { name: 'wide graph, narrow side split', view: { width: 420, height: 765 }, content: { width: 1573, height: 3663 } },
  { name: 'long left-to-right graph, run pane open', view: { width: 1200, height: 295 }, content: { width: 11190, height: 300 } },
  { name: 'tall graph that fits its width', view: { width: 900, height: 600 }, content: { width: 800, height: 5000 } },
];

for (const { name, view, content } of cases) {
  test(`fit: ${name}`, () => {
    const { scale, translateX, translateY } = fitView(view, content, true);
    const whole = Math.min((view.width - 2 * margin) / content.width, (view.height - 2 * margin) / content.height, 1.25);
    assert.ok(scale >= Math.min(whole, readableScale) - 1e-9, `scale ${scale} is readable, or shows it whole`);
    assert.ok(scale <= 1.25);
    // The start of the graph (top left) is on screen.
    assert.ok(translateX >= margin - 1e-9 && translateX <= view.width - margin, `x ${translateX}`);
    assert.ok(translateY >= margin - 1e-9 && translateY <= view.height - margin, `y ${translateY}`);
    if (content.width * scale + 2 * margin <= view.width) assert.equal(translateX, (view.width - content.width * scale) / 2);
  });
}

test('clampOffset: larger content moves until its far edge reaches the margin; smaller content stays inside', () => {
  assert.equal(clampOffset(100, 400, 1000), margin);
  assert.equal(clampOffset(-5000, 400, 1000), 400 - margin - 1000);
  assert.equal(clampOffset(-300, 400, 1000), -300);
  assert.equal(clampOffset(-50, 400, 200), margin);
  assert.equal(clampOffset(500, 400, 200), 400 - margin - 200);
});

/** Wheel steps until nothing moves (bounded): where the graph ends up. */
function scrollToEnd(
  view: { width: number; height: number },
  content: { width: number; height: number },
  at: ViewTransform,
  dx: number,
  dy: number,
) {
  for (let step = 0; step < 10_000; step++) {
    const next = scrollStep(view, content, at, dx, dy);
    if (next.translateX === at.translateX && next.translateY === at.translateY) return at;
    at = next;
  }
  assert.fail('the wheel never stops');
}

test('a wide graph in a narrow split: Fit is readable, and the wheel reaches its right and bottom edges, no further', () => {
  const view = { width: 420, height: 765 };
  const content = { width: 1573, height: 3663 };
  const fitted = fitView(view, content, true);
  assert.equal(fitted.scale, readableScale);
  assert.deepEqual([fitted.translateX, fitted.translateY], [margin, margin]);
  const down = scrollToEnd(view, content, fitted, 0, -400);
  assert.equal(down.translateY + content.height * down.scale, view.height - margin, 'bottom edge at the margin');
  const right = scrollToEnd(view, content, down, -400, 0);
  assert.equal(right.translateX + content.width * right.scale, view.width - margin, 'right edge at the margin');
  const back = scrollToEnd(view, content, right, 400, 400);
  assert.deepEqual([back.translateX, back.translateY], [margin, margin], 'and back to the start');
});

test('a graph wider than the view and no taller scrolls sideways under a plain wheel', () => {
  const view = { width: 1200, height: 295 };
  const content = { width: 11190, height: 280 };
  const start = fitView(view, content, true);
  const next = scrollStep(view, content, start, 0, -300);
  assert.equal(next.translateY, start.translateY, 'nothing to scroll vertically');
  assert.equal(next.translateX, start.translateX - 300);
  const end = scrollToEnd(view, content, start, 0, -300);
  assert.equal(end.translateX + content.width * end.scale, view.width - margin, 'to the right edge');
});

test('a drag or a zoom cannot throw a small graph out of the view', () => {
  assert.equal(clampOffset(5000, 800, 400), 800 - margin - 400);
  assert.equal(clampOffset(-5000, 600, 300), margin);
});
