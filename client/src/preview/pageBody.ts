// The preview page's markup inside <body>: one copy, for the extension's page (html.ts) and the
// graph benchmark's (bench/graph), so the benchmark measures the page users get.
export const previewBodyMarkup = `<div id="toolbar" role="toolbar" aria-label="Graph">
  <span id="title"></span>
  <select id="machines" hidden aria-label="State machine" title="The state machine of this file to show"></select>
  <span id="summary"></span>
  <span id="zoom" title="Zoom (Ctrl+wheel, + and -, 0 fits, 1 is actual size)"></span>
  <button type="button" data-action="zoom-out" title="Zoom out">−</button>
  <button type="button" data-action="zoom-in" title="Zoom in">+</button>
  <button type="button" data-action="actual-size" title="Actual size">1:1</button>
  <button type="button" data-action="fit" title="Fit to window (never below a readable size)">Fit</button>
  <button type="button" data-action="direction" title="Layout direction">Auto ⇅</button>
  <button type="button" data-action="export" title="Export as SVG">Export SVG</button>
</div>
<div id="banner" role="alert" hidden></div>
<div id="stage">
  <svg id="graph" role="img" aria-label="State machine graph"></svg>
  <div id="empty" hidden>No states to draw yet.</div>
</div>
<section id="run" hidden aria-label="Run"></section>`;
