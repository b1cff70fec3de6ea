// Drives the VS Code workbench in Chromium the way a person does: quick open, the command palette,
// go to line, the keyboard. Every step waits for what it needs to see; nothing sleeps for a fixed time.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** This code is bundled into out/test/e2e/*.test.js, so the repository root is three folders up. */
export const repoRoot = join(__dirname, '..', '..', '..');
export const artifactsDir = process.env.ASL_E2E_ARTIFACTS ?? join(repoRoot, 'test-artifacts', 'e2e');

export class Workbench {
  /** Shared by every page, so the screenshots of one run sort in the order they were taken. */
  private static shotNumber = 0;

  constructor(readonly page: Page) {
    mkdirSync(artifactsDir, { recursive: true });
  }

  async open(origin: string, folder: string, payload?: [string, string][]): Promise<void> {
    const query = `folder=${encodeURIComponent(folder)}${payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
    await this.page.goto(`${origin}/?${query}`);
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  }

  async screenshot(name: string): Promise<string> {
    const file = join(artifactsDir, `${String(++Workbench.shotNumber).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** A close-up of the graph preview's page alone, at full resolution. */
  async webviewShot(name: string): Promise<string> {
    const file = join(artifactsDir, `${String(++Workbench.shotNumber).padStart(2, '0')}-${name}.png`);
    await this.webview().locator('body').screenshot({ path: file });
    return file;
  }

  /** Closes whatever quick input, widget or notification is open, so each test starts clean. */
  async dismiss(): Promise<void> {
    for (let index = 0; index < 2; index++) await this.page.keyboard.press('Escape');
  }

  /** Opens a file in the first editor group (the preview lives in the second). */
  async openFile(fileName: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // Keys pressed while a webview (the preview's run pane) has focus reach the workbench only through
    // the webview's forwarding, which a busy machine can lose: then focus an editor and ask again.
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) await this.focusEditor().catch(() => undefined);
      await this.page.keyboard.press('Control+1');
      await this.page.keyboard.press('Control+P');
      const shown = await input.waitFor({ state: 'visible', timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (shown) break;
      if (attempt === 2) await input.waitFor({ state: 'visible', timeout: 1 });
    }
    await this.page.keyboard.type(fileName);
    // Click the file's row: Enter would take whichever row has focus while the list still filters.
    const row = this.page.locator(`.quick-input-list .monaco-list-row[aria-label*="${fileName}"]`).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await this.page
      .locator(`.tab.active[aria-label*="${fileName}"]`)
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(async (error: unknown) => {
        await this.screenshot(`failed-to-open-${fileName}`);
        throw error;
      });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
  }

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await this.page.keyboard.type(title);
    const row = this.page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first();
    await row.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      await this.screenshot(`no-command-${title.replace(/\W+/g, '-')}`);
      throw error;
    });
    await row.click();
  }

  /** Waits for a quick pick whose rows include `label`, then picks that row. */
  async pick(label: string): Promise<void> {
    const row = this.page.locator(`.quick-input-list .monaco-list-row`, { hasText: label }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
  }

  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
  }

  /** Moves the cursor with Go to Line (1-based line and column). */
  async goTo(line: number, column = 1): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    await this.page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.waitForCursor(line, column);
  }

  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const text =
      (await this.page
        .locator('#status\\.editor\\.selection')
        .textContent()
        .catch(() => '')) ?? '';
    const match = /Ln (\d+), Col (\d+)/.exec(text);
    return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
  }

  async waitForCursor(line: number, column?: number, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction(
      ([wantedLine, wantedColumn]) => {
        // Runs in the page; the test's tsconfig has no DOM types, hence the narrow cast.
        const page = globalThis as unknown as { document: { querySelector(selector: string): { textContent: string | null } | null } };
        const text = page.document.querySelector('[id="status.editor.selection"]')?.textContent ?? '';
        const match = /Ln (\d+), Col (\d+)/.exec(text);
        return !!match && Number(match[1]) === wantedLine && (wantedColumn === null || Number(match[2]) === wantedColumn);
      },
      [line, column ?? null] as const,
      { timeout },
    );
  }

  /**
   * Clicks `target` (a state in the graph, a state link in the run pane) until the editor's cursor is
   * on `line`. Under load a click into a webview can be lost (the pane re-rendered between mouse down
   * and up), so the click is repeated, a bounded number of times, while the cursor has not moved.
   */
  async clickUntilCursor(target: Locator, line: number, attempts = 3, waitEach = 8_000): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await target.click();
      try {
        await this.waitForCursor(line, undefined, waitEach);
        return;
      } catch (error) {
        if (attempt >= attempts) throw error;
        process.stderr.write(`[e2e] click ${attempt} did not move the cursor to line ${line}; clicking again\n`);
      }
    }
  }

  /** Waits until the quick input's text ends with `suffix` (dialogs fill it in after they open). */
  async waitForQuickInputValue(suffix: string, timeout = 15_000): Promise<string> {
    const handle = await this.page.waitForFunction(
      (wanted) => {
        const page = globalThis as unknown as { document: { querySelector(selector: string): { value: string } | null } };
        const value = page.document.querySelector('.quick-input-widget input')?.value ?? '';
        return value.endsWith(wanted) ? value : false;
      },
      suffix,
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  }

  /** The graph preview's document (inside VS Code's two webview iframes). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }
}
