// Loads a stemma HTML report in headless Debian Chromium and fails on anything a reader would not
// want: console errors, page errors, alert dialogs, scripts other than the page's own, and any
// request that leaves the file (only file: and data: URLs are allowed). Saves a screenshot.
//
// usage: node check_report.mjs REPORT.html SCREENSHOT.png
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [reportArg, shotArg] = process.argv.slice(2);
if (!reportArg || !shotArg) {
  console.error('usage: node check_report.mjs REPORT.html SCREENSHOT.png');
  process.exit(2);
}
const reportPath = path.resolve(reportArg);
const shotPath = path.resolve(shotArg);
if (!existsSync(reportPath)) {
  console.error(`check_report: no such file: ${reportPath}`);
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const watchdog = setTimeout(() => {
  console.error('check_report: timed out after 120 s');
  process.exit(1);
}, 120_000);

const problems = [];
const allowed = (url) => url.startsWith('file:') || url.startsWith('data:');
const userDataDir = mkdtempSync(path.join(tmpdir(), 'stemma-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1366, height: 900 },
    timeout: 60_000,
  });
  let requests = 0;
  context.on('request', (request) => {
    requests += 1;
    if (!allowed(request.url())) problems.push(`network request: ${request.url()}`);
  });
  // Abort anything that would leave the machine, so a failing page cannot phone home.
  await context.route((url) => !allowed(url.href), (route) => route.abort());

  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    await dialog.dismiss();
  });

  await page.goto(pathToFileURL(reportPath).href, { waitUntil: 'load', timeout: 60_000 });

  const facts = await page.evaluate(() => ({
    title: document.title,
    scripts: document.scripts.length,
    handlers: Array.from(document.querySelectorAll('*')).filter((el) =>
      Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on'))).length,
    jsLinks: Array.from(document.querySelectorAll('[href],[src],[xlink\\:href]')).filter((el) =>
      /^\s*javascript:/i.test(el.getAttribute('href') || el.getAttribute('src') || '')).length,
    sections: Array.from(document.querySelectorAll('section.tab')).map((s) => s.id),
    svgs: document.querySelectorAll('svg').length,
  }));
  if (facts.scripts !== 1) problems.push(`expected 1 script element, found ${facts.scripts}`);
  if (facts.handlers !== 0) problems.push(`${facts.handlers} elements with on* attributes`);
  if (facts.jsLinks !== 0) problems.push(`${facts.jsLinks} javascript: links`);
  for (const id of ['overview', 'stories', 'claims', 'documents', 'reuse']) {
    if (!facts.sections.includes(id)) problems.push(`missing section #${id}`);
  }

  // Use the page as a reader would: every tab, the filter box, expand all.
  for (const tab of ['stories', 'claims', 'documents', 'reuse', 'overview']) {
    await page.click(`nav.bar button[data-tab="${tab}"]`);
    const visible = await page.isVisible(`section#${tab}`);
    if (!visible) problems.push(`tab ${tab} did not show its section`);
  }
  // The filter box hides rows that do not match and shows them again when cleared.
  await page.click('nav.bar button[data-tab="documents"]');
  const rows = page.locator('section#documents tr[data-row]');
  const rowCount = await rows.count();
  if (rowCount > 0) {
    await page.fill('#filter', 'no-such-text-\u2603-anywhere');
    await page.waitForTimeout(400);
    const hidden = await page.locator('section#documents tr[data-row].hide').count();
    if (hidden !== rowCount) problems.push(`filter hid ${hidden} of ${rowCount} rows`);
    await page.fill('#filter', '');
    await page.waitForTimeout(400);
    if (!(await rows.first().isVisible())) problems.push('clearing the filter left rows hidden');
  }
  // A story link in the claims tab opens the stories tab at that story.
  await page.click('nav.bar button[data-tab="claims"]');
  const storyLink = page.locator('section#claims a.story').first();
  if ((await storyLink.count()) > 0) {
    await storyLink.click();
    if (!(await page.isVisible('section#stories'))) problems.push('story link did not show it');
  }
  await page.click('nav.bar button[data-tab="stories"]');
  const storyCount = await page.locator('section#stories details.story').count();
  if (storyCount <= 50) await page.click('#expand');  // laying out hundreds of graphs is slow
  await page.waitForTimeout(200);

  if (storyCount === 0) await page.click('nav.bar button[data-tab="overview"]');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: shotPath,
    fullPage: true,
    clip: height > 6000 ? { x: 0, y: 0, width: 1366, height: 6000 } : undefined,
    timeout: 60_000,
  });
  console.log(`check_report: ${facts.title}: ${facts.sections.length} sections, ` +
              `${facts.svgs} svg, ${storyCount} stories, ${requests} requests; ` +
              `screenshot ${shotPath}`);
} catch (error) {
  problems.push(`check failed: ${error.message}`);
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
  clearTimeout(watchdog);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`FAIL ${problem}`);
  process.exit(1);
}
console.log('check_report: OK');
