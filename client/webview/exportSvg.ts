// Exports the drawing as a standalone SVG file. The live drawing is coloured by CSS variables that
// exist only inside VS Code, so the export copies each element's computed colours onto it.
import type { GraphLayout } from './layout';

const copiedProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'display',
  'visibility',
];

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = (target as SVGElement).style;
  for (const property of copiedProperties) style.setProperty(property, computed.getPropertyValue(property));
  for (let index = 0; index < source.children.length; index++) {
    const sourceChild = source.children[index]!;
    const targetChild = target.children[index];
    if (targetChild) inlineStyles(sourceChild, targetChild);
  }
}

export function exportSvg(svg: SVGSVGElement, content: SVGGElement, layout: GraphLayout): string {
  const padding = 20;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const width = Math.ceil(layout.width + 2 * padding);
  const height = Math.ceil(layout.height + 2 * padding);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `${-padding} ${-padding} ${width} ${height}`);
  clone.removeAttribute('class');
  clone.removeAttribute('id');
  // The live drawing is split into separately painted parts (render.ts): a file gets plain groups.
  for (const part of clone.querySelectorAll('foreignObject.painted-part')) part.replaceWith(...(part.firstElementChild?.children ?? []));
  const cloneContent = clone.querySelector('g.content');
  cloneContent?.removeAttribute('transform');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('x', String(-padding));
  background.setAttribute('y', String(-padding));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.style.setProperty('fill', getComputedStyle(document.body).backgroundColor);
  clone.insertBefore(background, clone.firstChild);
  void content;
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}
