// The run pane under the graph: status, output or error and cause, and the execution events with
// their times. Each event's state is a link that selects the state in the editor. Built with DOM
// calls and textContent only, so nothing from the run is ever parsed as HTML.
import type { FromWebviewMessage, RunReport } from './protocol';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function formatElapsed(millis: number): string {
  if (millis < 1000) return `+${millis} ms`;
  if (millis < 60_000) return `+${(millis / 1000).toFixed(millis < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(millis / 60_000);
  const seconds = Math.round((millis % 60_000) / 1000);
  return `+${minutes} min${seconds ? ` ${seconds} s` : ''}`;
}

/** The pane's size as the user left it, kept in the webview's state across reloads. */
export interface RunPaneSize {
  height?: number | undefined;
  collapsed?: boolean | undefined;
}

export class RunPane {
  private expanded = new Set<number>();
  private size: RunPaneSize;

  constructor(
    private readonly root: HTMLElement,
    private readonly post: (message: FromWebviewMessage) => void,
    private readonly onStateHover: (nodeId: string | null) => void,
    initialSize: RunPaneSize = {},
    private readonly onResize: (size: RunPaneSize) => void = () => undefined,
  ) {
    this.size = { ...initialSize };
    this.applySize();
  }

  private applySize(): void {
    this.root.classList.toggle('collapsed', !!this.size.collapsed);
    this.root.style.height = this.size.height && !this.size.collapsed ? `${this.size.height}px` : '';
    this.root.style.maxHeight = this.size.height && !this.size.collapsed ? 'none' : '';
  }

  private setSize(size: RunPaneSize): void {
    this.size = size;
    this.applySize();
    this.onResize(size);
  }

  /** The top edge of the pane: drag it to give the graph or the run more room. */
  private resizer(): HTMLElement {
    const handle = element('div', 'run-resizer');
    handle.title = 'Drag to resize the run pane';
    handle.setAttribute('role', 'separator');
    handle.setAttribute('aria-orientation', 'horizontal');
    handle.addEventListener('pointerdown', (down) => {
      down.preventDefault();
      handle.setPointerCapture(down.pointerId);
      const startY = down.clientY;
      const startHeight = this.root.getBoundingClientRect().height;
      const move = (event: PointerEvent): void => {
        const height = Math.round(Math.min(window.innerHeight * 0.85, Math.max(90, startHeight + startY - event.clientY)));
        this.size = { height, collapsed: false };
        this.applySize();
      };
      const up = (): void => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        this.setSize(this.size);
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
    });
    return handle;
  }

  show(report: RunReport | null): void {
    this.root.hidden = report === null;
    document.body.classList.toggle('with-run', report !== null);
    if (!report) {
      this.root.replaceChildren();
      return;
    }
    this.root.dataset.status = report.status;
    const header = element('div', 'run-header');
    const status = element('span', `run-status status-${report.status}`, report.status);
    status.id = 'run-status';
    header.append(status, element('span', 'run-title', report.title));
    const facts = [`input: ${report.inputSource}`];
    if (report.durationMillis !== undefined) facts.push(`${report.durationMillis} ms`);
    if (report.stopMillis !== undefined) facts.push(`stopped ${report.stopMillis} ms after Cancel`);
    if (report.stopMillis !== undefined) this.root.dataset.stopMillis = String(report.stopMillis);
    else delete this.root.dataset.stopMillis;
    facts.push(`${report.events.length} events`);
    header.append(element('span', 'run-facts', facts.join(' · ')));
    const spacer = element('span', 'spacer');
    header.append(spacer);
    if (report.status === 'RUNNING') {
      const cancel = element('button', 'run-button', 'Cancel');
      cancel.type = 'button';
      cancel.addEventListener('click', () => this.post({ type: 'cancelRun' }));
      header.append(cancel);
    } else {
      const again = element('button', 'run-button', 'Run Again');
      again.type = 'button';
      again.addEventListener('click', () => this.post({ type: 'runAgain' }));
      header.append(again);
    }
    const collapse = element('button', 'run-button run-collapse', this.size.collapsed ? '▴' : '▾');
    collapse.type = 'button';
    collapse.title = this.size.collapsed ? 'Show the run details' : 'Collapse the run pane to its header';
    collapse.setAttribute('aria-expanded', String(!this.size.collapsed));
    collapse.addEventListener('click', () => {
      this.setSize({ ...this.size, collapsed: !this.size.collapsed });
      this.show(report);
    });
    header.append(collapse);
    const close = element('button', 'run-button', '×');
    close.type = 'button';
    close.title = 'Hide the run';
    close.addEventListener('click', () => this.show(null));
    header.append(close);

    const body = element('div', 'run-body');
    const result = element('div', 'run-result');
    if (report.error !== undefined || report.cause !== undefined) {
      result.append(element('h3', undefined, 'Error'));
      const error = element('div', 'run-error', report.error ?? '');
      error.id = 'run-error';
      result.append(error);
      if (report.cause) {
        result.append(element('h3', undefined, 'Cause'));
        const cause = element('pre', 'run-cause', report.cause);
        cause.id = 'run-cause';
        result.append(cause);
      }
    }
    if (report.output !== undefined) {
      result.append(element('h3', undefined, 'Output'));
      const output = element('pre', 'run-output', report.output);
      output.id = 'run-output';
      result.append(output);
    }
    if (report.status === 'RUNNING') result.append(element('div', 'run-waiting', 'Running…'));

    const eventsBox = element('div', 'run-events');
    eventsBox.append(element('h3', undefined, 'Events'));
    // The table scrolls sideways in its own box rather than squeezing its columns.
    const scroller = element('div', 'run-events-scroller');
    const table = element('table');
    table.id = 'run-events';
    const head = element('tr');
    for (const title of ['#', 'Time', 'Type', 'State']) head.append(element('th', undefined, title));
    table.append(element('thead'));
    table.tHead!.append(head);
    const tbody = element('tbody');
    for (const event of report.events) {
      const row = element(
        'tr',
        `event event-${/Failed|TimedOut|Aborted/.test(event.type) ? 'bad' : /Succeeded|Exited/.test(event.type) ? 'good' : 'plain'}`,
      );
      row.append(element('td', 'event-id', String(event.id)), element('td', 'event-time', formatElapsed(event.elapsedMillis)));
      const typeCell = element('td', 'event-type');
      if (event.detail) {
        const toggle = element('button', 'event-toggle', `${this.expanded.has(event.id) ? '▾' : '▸'} ${event.type}`);
        toggle.type = 'button';
        toggle.addEventListener('click', () => {
          if (this.expanded.has(event.id)) this.expanded.delete(event.id);
          else this.expanded.add(event.id);
          this.show(report);
        });
        typeCell.append(toggle);
      } else {
        typeCell.textContent = event.type;
      }
      row.append(typeCell);
      const stateCell = element('td', 'event-state');
      if (event.stateName && event.nodeId) {
        const link = element('a', 'state-link', event.stateName);
        link.href = '#';
        link.dataset.nodeId = event.nodeId;
        const nodeId = event.nodeId;
        link.addEventListener('click', (click) => {
          click.preventDefault();
          this.post({ type: 'selectState', nodeId });
        });
        link.addEventListener('mouseenter', () => this.onStateHover(nodeId));
        link.addEventListener('mouseleave', () => this.onStateHover(null));
        stateCell.append(link);
      } else if (event.stateName) {
        stateCell.textContent = event.stateName;
      }
      row.append(stateCell);
      tbody.append(row);
      if (event.detail && this.expanded.has(event.id)) {
        const detailRow = element('tr', 'event-detail');
        const cell = element('td');
        cell.colSpan = 4;
        cell.append(element('pre', undefined, event.detail));
        detailRow.append(cell);
        tbody.append(detailRow);
      }
    }
    table.append(tbody);
    scroller.append(table);
    eventsBox.append(scroller);
    body.append(result, eventsBox);
    this.root.replaceChildren(this.resizer(), header, body);
  }
}
