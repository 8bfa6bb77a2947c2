// Drives code-server (started by run.sh) with headless Chromium and checks the mangopy extension:
// language mode, colouring, diagnostics, hover, completion and a quick fix on examples/broken_rules.mf,
// then "mangopy: Check Workspace" on a script that was never opened, Format Document, and
// "mangopy: Convert Objective-C Selection to MangoFix" on an Objective-C file.
// Env: PORT, FOLDER (workspace), SHOTS (screenshot folder), NODE_PATH (playwright-core).
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const PORT = process.env.PORT;
const FOLDER = process.env.FOLDER;
const SHOTS = process.env.SHOTS;
const FILE = 'broken_rules.mf';
const T = 60000;
const t0 = Date.now();
const results = [];
let page;

const log = (...a) => console.log(`[test ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const shot = (name) => page.screenshot({ path: path.join(SHOTS, name + '.png') });
const norm = (s) => s.replace(/\u00a0/g, ' ');

let serverDown = null; // set when the extension reports no running server: the LSP steps are skipped

async function step(name, fn, needsServer = true) {
  const s = Date.now();
  try {
    if (needsServer && serverDown) throw new Error(`skipped: ${serverDown}`);
    await fn();
    await shot(name);
    results.push([name, 'PASS']);
    log(`PASS ${name} (${Date.now() - s} ms)`);
  } catch (e) {
    results.push([name, 'FAIL', e.message.split('\n')[0]]);
    log(`FAIL ${name}: ${e.message}`);
    try { await shot('FAIL-' + name); } catch (_) {}
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape').catch(() => {});
  }
}

function check(cond, msg) { if (!cond) throw new Error(msg); }

// Moves the cursor with Go to Line (Ctrl+G), "line:column", 1-based.
async function goTo(line, col) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+1'); // focus the editor (clicks can land on overlays)
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(`${line}:${col}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10000 });
}

// Runs a command from the palette (Ctrl+Shift+P): types `title`, waits until the focused entry matches `want`.
async function runCommand(title, want) {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(title);
  await retry(async () => {
    const row = norm(await page.locator('.quick-input-list .monaco-list-row.focused').first().innerText());
    check(want.test(row), `focused command: ${JSON.stringify(row)}`);
  }, 10000, `the command "${title}" is not in the command palette`);
  await page.keyboard.press('Enter');
}

// Text of the editor as rendered (only visible lines; the example fits on screen).
async function editorText() {
  return norm(await page.locator('.monaco-editor .view-lines').first().innerText());
}

// Rendered token spans of one word: [{text, cls, color}].
async function tokens() {
  return page.$$eval('.monaco-editor .view-lines .view-line span[class*="mtk"]', (els) =>
    els.map((e) => ({ text: e.textContent.replace(/\u00a0/g, ' '), cls: e.className, color: getComputedStyle(e).color })));
}

async function retry(fn, ms, what) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try { return await fn(); } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`${what}: ${last && last.message}`);
    await page.waitForTimeout(500);
  }
}

(async () => {
  const udd = fs.mkdtempSync(path.join(process.env.TMPBASE || '/tmp', 'chromium-'));
  const ctx = await chromium.launchPersistentContext(udd, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, XDG_CONFIG_HOME: udd },
  });
  page = ctx.pages()[0];
  try {
    await step('01-open-file', async () => {
      await page.goto(`http://127.0.0.1:${PORT}/?folder=${FOLDER}`);
      await page.waitForSelector('.monaco-workbench', { timeout: T });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: T });
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: T });
      await page.keyboard.type(FILE);
      await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.tabs-container .tab[aria-label*="${FILE}"]`, { timeout: T })
        .catch(() => { throw new Error(`the editor tab for ${FILE} did not open`); });
      const mode = page.locator('#status\\.editor\\.mode');
      await retry(async () => check(/MangoFix/.test(await mode.innerText()), `language mode is "${await mode.innerText()}"`),
        T, 'the status bar language mode does not show MangoFix');
      // The extension's own status item: "$(check) mangopy · N classes" once the server runs.
      await retry(async () => {
        const items = await page.locator('.statusbar-item').allInnerTexts();
        check(items.some((t) => /mangopy · \d+ classes/.test(t)), `status items: ${JSON.stringify(items.filter((t) => /mangopy/.test(t)))}`);
      }, T, 'the mangopy status bar item does not report a running server with the manifest classes')
        .catch((e) => { serverDown = 'the language server is not running (see the mangopy output channel, '
          + 'run/ud/logs/*/exthost*/ under the work folder)'; throw e; });
    }, false);

    await step('02-colouring', async () => {
      await retry(async () => {
        const toks = await tokens();
        const classes = new Set(toks.map((t) => t.cls));
        check(classes.size > 2, `only ${classes.size} distinct token classes: ${[...classes]}`);
        const kw = toks.find((t) => t.text.trim() === 'class');
        const id = toks.find((t) => t.text.trim() === 'total');
        check(kw && id, 'tokens `class` / `total` not found in the rendered editor');
        check(kw.color !== id.color, `keyword \`class\` (${kw.cls}, ${kw.color}) has the colour of identifier \`total\` (${id.cls}, ${id.color})`);
        log(`class -> ${kw.cls} ${kw.color}; total -> ${id.cls} ${id.color}; ${classes.size} token classes`);
      }, 30000, 'the script is not coloured by the grammar');
    }, false);

    await step('03-diagnostics', async () => {
      await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: T })
        .catch(() => { throw new Error('no error squiggle (.squiggly-error) in the editor: no diagnostics from the server'); });
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30000 })
        .catch(() => { throw new Error('the Problems panel shows no rows'); });
      await retry(async () => {
        const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(norm);
        const mf101 = rows.find((r) => r.includes('MF101'));
        check(mf101, `no MF101 row in Problems: ${JSON.stringify(rows)}`);
        check(/Ln 4, Col 19/.test(mf101), `the MF101 row is not at line 4, column 19: ${JSON.stringify(mf101)}`);
        check(rows.some((r) => r.includes('MF133') && /Ln 14, Col 5\b/.test(r)), `no MF133 at line 14: ${JSON.stringify(rows)}`);
        // The workspace's "mangopy.ignore": ["MF150"] reaches the server: the file's problem count is
        // `mangopy check --ignore MF150`'s, not the count without it.
        const ignored = process.env.PROBLEMS_IGNORED, all = process.env.PROBLEMS_ALL;
        check(ignored && all && ignored !== all, `expected counts from mangopy check: ${ignored} / ${all}`);
        const header = rows.find((r) => r.startsWith('broken_rules.mf'));
        check(header && header.split('\n').pop().trim() === ignored,
          `Problems counts ${JSON.stringify(header)}; mangopy check --ignore MF150 gives ${ignored} (without: ${all})`);
        log(`${rows.length} problem rows, e.g. ${JSON.stringify(mf101)}`);
      }, 20000, 'Problems does not list the checker\'s diagnostics');
    });

    await step('04-hover', async () => {
      // `- (void)reloadOrdersAnimated:(id)animated {` (line 19) replaces the app's reloadOrdersAnimated:(BOOL).
      await goTo(19, 12);
      await retry(async () => {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await page.waitForSelector('.monaco-hover:visible', { timeout: 5000 });
        const txt = norm(await page.locator('.monaco-hover:visible').first().innerText());
        check(txt.includes('reloadOrdersAnimated:(BOOL)'), `hover text: ${JSON.stringify(txt)}`);
        log(`hover: ${JSON.stringify(txt.slice(0, 200))}`);
      }, 30000, 'the hover on reloadOrdersAnimated does not show the app\'s signature from the manifest');
      await page.waitForTimeout(800); // the hover fades in
      await page.screenshot({ path: path.join(SHOTS, 'diagnostics-hover.png') });
      await page.keyboard.press('Escape');
    });

    await step('05-completion', async () => {
      // A new line at the end of viewDidLoad's body (after line 16: `    NSArray *counts = @[1, 2];`).
      await goTo(16, 1);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('self.');
      let rows = [];
      await retry(async () => {
        if (!(await page.locator('.suggest-widget.visible').count())) await page.keyboard.press('Control+Space');
        await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 5000 });
        rows = (await page.locator('.suggest-widget.visible .monaco-list-row').allInnerTexts()).map(norm);
        check(rows.length > 0, 'no suggestions');
      }, 30000, 'no completion list after `self.`');
      log(`completion rows after self.: ${JSON.stringify(rows)}`);
      await page.keyboard.type('reloadOrd');
      await retry(async () => {
        rows = (await page.locator('.suggest-widget.visible .monaco-list-row').allInnerTexts()).map(norm);
        check(rows.some((r) => r.includes('reloadOrdersAnimated')), `suggestions after self.reloadOrd: ${JSON.stringify(rows)}`);
      }, 10000, 'completion after `self.` does not offer reloadOrdersAnimated');
      log(`completion rows after self.reloadOrd: ${JSON.stringify(rows)}`);
      // From the server (word-based suggestions are off in the user settings): a method item, not text.
      const icon = await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'reloadOrdersAnimated' })
        .first().locator('.suggest-icon').getAttribute('class');
      log(`icon: ${icon}`);
      check(/symbol-method|symbol-function|symbol-property/.test(icon), `reloadOrdersAnimated is not offered as a method (icon: ${icon})`);
      await page.screenshot({ path: path.join(SHOTS, '05-completion.png') });
      // Back to the original text: drop the typed line.
      await page.keyboard.press('Escape');
      await page.waitForSelector('.suggest-widget.visible', { state: 'hidden', timeout: 5000 }).catch(() => {});
      await page.keyboard.press('Control+Shift+K');
      await retry(async () => check(!(await editorText()).includes('self.reloadOrd'), 'the typed line is still there'),
        5000, 'could not remove the typed line');
    });

    await step('06-quick-fix', async () => {
      await goTo(4, 22); // inside `UICollectionViewCell` of `class OrderCell : UICollectionViewCell {`
      const want = /superclass to .?UITableViewCell/;
      await retry(async () => {
        await page.keyboard.press('Control+.');
        await page.waitForSelector('.action-widget .monaco-list-row, .context-view .monaco-list-row', { timeout: 5000 });
        const rows = page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row');
        const texts = (await rows.allInnerTexts()).map(norm);
        const i = texts.findIndex((t) => want.test(t));
        if (i < 0) { await page.keyboard.press('Escape'); throw new Error(`quick fixes: ${JSON.stringify(texts)}`); }
        log(`quick fixes: ${JSON.stringify(texts)}`);
        await shot('06a-quick-fix-menu');
        // Keyboard, not a click (a pointer-block overlay covers the menu while it opens).
        for (let n = 0; n < texts.length; n++) {
          const focused = norm(await page.locator('.action-widget .monaco-list-row.focused').first().innerText().catch(() => ''));
          if (want.test(focused)) break;
          await page.keyboard.press('ArrowDown');
        }
        const focused = norm(await page.locator('.action-widget .monaco-list-row.focused').first().innerText());
        check(want.test(focused), `could not select the quick fix (focused: ${JSON.stringify(focused)})`);
        await page.keyboard.press('Enter');
      }, 30000, 'no quick fix "Change the superclass to `UITableViewCell`" at MF101');
      await retry(async () => {
        const text = await editorText();
        check(text.includes('OrderCell : UITableViewCell'), `line 4 is ${JSON.stringify(text.split('\n').find((l) => l.includes('OrderCell')))}`);
      }, 10000, 'the quick fix did not change the superclass to UITableViewCell');
    });

    await step('07-check-workspace', async () => {
      await page.keyboard.press('Escape');
      await runCommand('mangopy: Check Workspace', /Check Workspace/);
      // Problems is a virtual list (only visible rows exist): filter it down to the unopened file's finding.
      const filter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
      await filter.click({ timeout: 10000 });
      await filter.fill('missingVar');
      await retry(async () => {
        const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(norm);
        check(rows.some((r) => r.includes('unopened.mf')), `no unopened.mf in Problems: ${JSON.stringify(rows)}`);
        check(rows.some((r) => r.includes('MF131') && /Ln 3, Col 5\b/.test(r)), `no MF131 at line 3: ${JSON.stringify(rows)}`);
      }, 30000, 'Check Workspace did not report the script that is not open');
    });

    await step('08-format-document', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+1');
      await runCommand('Format Document', /^Format Document(?! With)/);
      // The one-line struct declaration of broken_rules.mf becomes the canonical three lines.
      await retry(async () => {
        const text = await editorText();
        check(/declare struct Spot \{\s*\n\s*typeEncoding: "\{GridSpot=qqq\}",\s*\n\s*keys: row, column/.test(text),
          `the struct declaration reads ${JSON.stringify(text.split('\n').slice(0, 5))}`);
      }, 20000, 'Format Document (textDocument/formatting) did not format the script');
      await shot('08-formatted');
    });

    await step('09-convert-objective-c', async () => {
      await page.keyboard.press('Escape');
      // Open it from the Explorer (a double click keeps the editor, not a preview).
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'FeedController.m' }).first()
        .dblclick({ timeout: 20000 });
      await page.waitForSelector('.tabs-container .tab[aria-label*="FeedController.m"]', { timeout: 20000 })
        .catch(() => { throw new Error('the editor tab for FeedController.m did not open'); });
      await shot('09a-objective-c');
      await goTo(55, 9); // inside -[FeedController loadMore]
      await runCommand('mangopy: Convert Objective-C Selection', /Convert Objective-C Selection to MangoFix/);
      // The script opens beside the source, in MangoFix mode, with that method only.
      await retry(async () => {
        const mode = norm(await page.locator('#status\\.editor\\.mode').innerText());
        check(/MangoFix/.test(mode), `language mode is "${mode}"`);
        // the editor group the script opened in (beside the Objective-C) is the active one
        const text = norm(await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText());
        check(text.includes('class FeedController : UITableViewController {'), `the new editor reads ${JSON.stringify(text.slice(0, 200))}`);
        check(text.includes('- (void)loadMore {'), 'loadMore is not in the script');
        check(!text.includes('viewWillAppear'), 'a method outside the selection was converted');
      }, 60000, 'the converted script did not open in a MangoFix editor');
    });
  } finally {
    const failed = results.filter((r) => r[1] !== 'PASS');
    console.log('\n' + results.map((r) => r.join('  ')).join('\n'));
    console.log(failed.length ? `FAILED ${failed.length} of ${results.length}` : `all ${results.length} passed`,
      `in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // about:blank first, or the extension host and the language server linger.
    await page.goto('about:blank').catch(() => {});
    await page.waitForTimeout(1000);
    await ctx.close().catch(() => {});
    fs.rmSync(udd, { recursive: true, force: true });
    process.exitCode = failed.length ? 1 : 0;
  }
})().catch((e) => { console.error('FAILED', e); process.exitCode = 1; });
