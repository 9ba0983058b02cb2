// test_browser.mjs - the web app in a real browser: Debian's chromium driven
// by playwright-core. Starts the fixture site and `linksnap serve` on free
// ports with a temporary data folder, then: first-visit setup, add a link
// served by the fixture site, watch its capture finish without a reload,
// filter the library by tag, open the reader and the sandboxed copy, visit
// every page. Screenshots of every page go to tests/artifacts/screenshots/.
// Ends with "N passed, N failed" and exits 1 on any failure.
//
//   node tests/browser/test_browser.mjs      (LINKSNAP_BIN, default build/linksnap)
import { spawn, execSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const SHOTS = join(ROOT, 'tests', 'artifacts', 'screenshots');
const BIN = resolve(ROOT, process.env.LINKSNAP_BIN || 'build/linksnap');

let passed = 0, failed = 0;
const children = [];
const temp = mkdtempSync(join(tmpdir(), 'linksnap-browser-'));

function check(cond, name, detail = '') {
  if (cond) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`); }
}

// Starts a process and resolves with the first stdout line matching re.
function startServer(cmd, args, re, env = {}) {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env },
                                 stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(p);
    const rl = createInterface({ input: p.stdout });
    const timer = setTimeout(() => fail(new Error(`${cmd} did not start`)), 15000);
    rl.on('line', (line) => {
      const m = line.match(re);
      if (m) { clearTimeout(timer); ok({ proc: p, port: Number(m[1]) }); }
    });
    p.on('exit', (code) => fail(new Error(`${cmd} exited with ${code}`)));
  });
}

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  const site = await startServer('python3', [join(ROOT, 'tests/e2e/servers/site.py')], /^PORT (\d+)/);
  const app = await startServer(BIN, ['--data', join(temp, 'data'), '--allow-private', 'serve',
                                      '--listen', '127.0.0.1:0', '--workers', '2'],
                                /listening on http:\/\/127\.0\.0\.1:(\d+)\//);
  const base = `http://127.0.0.1:${app.port}`;
  const article = `http://127.0.0.1:${site.port}/gbk/article.html`;
  const executablePath = execSync('command -v chromium', { shell: '/bin/sh' }).toString().trim();
  // A new profile folder each run (playwright passes it as --user-data-dir).
  const ctx = await chromium.launchPersistentContext(join(temp, 'profile'), {
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    locale: 'zh-CN',
    viewport: { width: 1280, height: 860 },
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  const consoleErrors = [];
  // Errors of the app's own pages only: the archived copy in its sandboxed
  // frame is expected to have its scripts and remote loads refused.
  page.on('console', (m) => {
    const where = (m.location() && m.location().url) || '';
    if (m.type() === 'error' && !/\/(snapshots|c|s)\/[^/]+\/|\/files\//.test(where) &&
        !/sandboxed|snapshots\/\d+\/files/.test(m.text()))
      consoleErrors.push(`${m.text()} @ ${where}`);
  });
  try {
    // first visit: setup
    await page.goto(base + '/');
    check(page.url().endsWith('/setup'), 'first visit goes to setup', page.url());
    await shot(page, '01-setup');
    await page.fill('#f-name', 'admin');
    await page.fill('#f-password', 'correct horse');
    await page.fill('#f-password2', 'correct horse');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    check(await page.isVisible('text=资料库还是空的'), 'empty library explains what to do');
    await shot(page, '02-library-empty');

    // add a link served by the fixture site
    await page.click('a.btn.primary');
    check(page.url().endsWith('/add'), 'add page');
    await page.fill('#f-url', article);
    await page.fill('#f-tags', '智能制造, 工业互联网/边缘计算');
    await page.fill('#f-note', '浏览器测试');
    await shot(page, '03-add');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/links"] button[type=submit]')]);
    check(/\/links\/\d+/.test(page.url()), 'redirected to the link page', page.url());
    await shot(page, '04-link-capturing');
    // the page polls and reloads itself when the capture is done
    await page.waitForSelector('article.reader h1', { timeout: 90000 });
    check(true, 'capture finished and the page updated without a manual reload');
    const reader = await page.textContent('article.reader');
    check(reader.includes('来源') && reader.includes('信息化时代'), 'reader shows 来源');
    check(reader.length > 200, 'reader shows the article text', `${reader.length} chars`);
    await shot(page, '05-reader');
    // a code block's lines start where the block does: inline code's
    // padding would shift its first line only
    const codePad = await page.evaluate(() => {
      const pre = document.createElement('pre');
      pre.innerHTML = '<code>import asyncio\nfrom asyncua import Client</code>';
      document.querySelector('article.reader').appendChild(pre);
      const cs = getComputedStyle(pre.querySelector('code'));
      const pad = cs.paddingLeft;
      pre.remove();
      return pad;
    });
    check(codePad === '0px', 'code inside a code block has no padding of its own', codePad);

    // the faithful copy in a sandboxed iframe
    await page.click('nav.tabs a:nth-child(2)');
    const sandbox = await page.getAttribute('iframe.frame', 'sandbox');
    check(sandbox === '', 'copy frame is sandboxed with no allowances', String(sandbox));
    await page.waitForTimeout(800);
    await shot(page, '06-copy');

    // a second link for filtering
    await page.goto(base + '/add');
    await page.fill('#f-url', `http://127.0.0.1:${site.port}/en/article.html`);
    await page.fill('#f-tags', '人工智能');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/links"] button[type=submit]')]);
    await page.waitForSelector('article.reader h1', { timeout: 90000 });

    // library with cards, then filter by tag in the sidebar
    await page.goto(base + '/');
    const cards = await page.locator('article.card').count();
    check(cards === 2, 'library shows two cards', String(cards));
    await shot(page, '07-library');
    await Promise.all([page.waitForNavigation(), page.click('aside.side a:has-text("工业互联网")')]);
    const filtered = await page.locator('article.card').count();
    check(filtered === 1, 'filter by the parent tag shows the child-tagged link', String(filtered));
    check(await page.isVisible('article.card >> text=智能制造'), 'the right card is left');
    await shot(page, '08-library-filtered');

    // the other pages
    await page.goto(base + '/tags');
    check(await page.isVisible('text=边缘计算'), 'tags page lists nested tags');
    await shot(page, '09-tags');
    await page.goto(base + '/search?q=' + encodeURIComponent('智能制造'));
    await shot(page, '10-search');
    await page.goto(base + '/settings');
    await page.fill('input[name=name]', 'ci-script');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/settings/tokens"] button')]);
    check(await page.isVisible('#new-token'), 'API token shown once');
    await shot(page, '11-settings');
    await page.goto(base + '/admin/users');
    await shot(page, '12-admin-users');
    const linkHref = await (await page.goto(base + '/')) && await page.getAttribute('article.card h2 a', 'href');
    await page.goto(base + linkHref.replace(/\?.*/, '') + '/delete');
    await shot(page, '13-delete-confirm');

    // a public read-only share of the newest capture
    await page.goto(base + linkHref);
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/share"] button')]);
    const shareHref = await page.getAttribute('a[href^="/s/"]', 'href');
    check(!!shareHref, 'share link made');
    const sharePage = await ctx.newPage();
    await sharePage.goto(base + shareHref);
    check(await sharePage.isVisible('article.reader h1'), 'share page shows the reader view');
    check(!(await sharePage.isVisible('form[action="/logout"]')), 'share page shows no account');
    await shot(sharePage, '19-share');
    await sharePage.close();

    // the tag autocomplete (script enhancement)
    await page.goto(base + '/add');
    await page.type('#f-tags', '工业');
    await page.waitForSelector('.ac-list li', { timeout: 5000 }).catch(() => null);
    check(await page.locator('.ac-list li').count() > 0, 'tag autocomplete offers tags');
    await shot(page, '14-autocomplete');

    // mobile width
    const mobile = await ctx.newPage();
    await mobile.setViewportSize({ width: 390, height: 844 });
    await mobile.goto(base + '/');
    await shot(mobile, '15-library-mobile');
    await mobile.goto(base + linkHref);
    await shot(mobile, '16-reader-mobile');
    await mobile.close();

    // English by the browser language
    // English by the user's setting
    await page.goto(base + '/settings');
    await page.selectOption('select[name=lang]', 'en');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/settings/lang"] button')]);
    await page.goto(base + '/');
    check(await page.isVisible('h1:has-text("Library")'), 'English by the user setting');
    await shot(page, '17-library-en');
    await page.goto(base + '/settings');
    await page.selectOption('select[name=lang]', '');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/settings/lang"] button')]);
    await ctx.clearCookies();

    // log in again (the cookies were cleared above), then log out
    await page.goto(base + '/');
    check(page.url().includes('/login'), 'login required again');
    await shot(page, '18-login');
    await page.fill('#f-name', 'admin');
    await page.fill('#f-password', 'correct horse');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    check(await page.isVisible('article.card'), 'logged in again');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/logout"] button')]);
    check(page.url().includes('/login'), 'logged out');
    check(consoleErrors.length === 0, 'no console errors (CSP violations included)', consoleErrors.join(' | '));
  } catch (e) {
    check(false, 'browser flow', e.stack || String(e));
    await shot(page, 'zz-failure').catch(() => {});
  } finally {
    await ctx.close();
  }
}

try {
  await main();
} catch (e) {
  check(false, 'setup', e.stack || String(e));
} finally {
  for (const p of children) { try { p.kill('SIGTERM'); } catch {} }
  rmSync(temp, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
