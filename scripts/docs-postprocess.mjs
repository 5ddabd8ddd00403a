#!/usr/bin/env node
// After typedoc (issue #18): the docs as a reader sees them.
// 1. Pages show at once: typedoc's default theme hides the body until its script runs (up to half a
//    second of blank page); the hiding is removed.
// 2. Mermaid diagrams (```mermaid blocks in the guides) are rendered once, here, to inline SVG with
//    the mermaid package in headless Chromium: the published pages need no script and no network.
// 3. A screenshot test: the docs' index, one function page and the lifecycle guide open in headless
//    Chromium with no console error, visible at once, the diagram drawn; the screenshots are saved
//    under examples/out/ (docs-index.png, docs-function.png).
// Without Chromium (locally), 2 and 3 are skipped with how to install it; in CI they must run.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const api = join(root, 'docs', 'api');
const out = join(root, 'examples', 'out');

function pages(dir, acc = []) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) pages(p, acc);
    else if (f.endsWith('.html')) acc.push(p);
  }
  return acc;
}

const decode = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const files = pages(api);
const HIDE = 'document.body.style.display="none";';
let unhidden = 0;
const diagrams = [];
for (const file of files) {
  let html = readFileSync(file, 'utf8');
  if (html.includes(HIDE)) {
    html = html.replace(HIDE, '');
    unhidden++;
  }
  writeFileSync(file, html);
  const re =
    /<pre><code class="mermaid">([\s\S]*?)<\/code>(?:<button[^>]*>[^<]*<\/button>)?<\/pre>/g;
  for (let m = re.exec(html); m !== null; m = re.exec(html))
    diagrams.push({ file, block: m[0], text: decode(m[1].replace(/<[^>]+>/g, '')) });
}

const browser = await launchChromium('docs: Mermaid diagrams and screenshots');
if (browser === null) {
  console.log(
    `docs: ${files.length} pages shown at once (${unhidden} unhidden); diagrams left as code`,
  );
  process.exit(0);
}
try {
  // 2. Render each diagram to SVG.
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
  await page.addScriptTag({
    path: join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'),
  });
  await page.evaluate(() =>
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }),
  );
  for (const [i, d] of diagrams.entries()) {
    const svg = await page.evaluate(
      async ([id, text]) => (await window.mermaid.render(id, text)).svg,
      [`motcua-diagram-${i}`, d.text],
    );
    if (!svg.includes('<svg')) throw new Error(`${d.file}: the diagram did not render`);
    // At its natural size (mermaid shrinks a wide diagram to the column), scrolling sideways.
    const natural = svg
      .replace(/ width="100%"/, '')
      .replace(/style="max-width: ([\d.]+)px;"/, (_, w) => `width="${w}"`);
    // A function as the replacement: the SVG's text is inserted as is ($ has no special meaning).
    const html = readFileSync(d.file, 'utf8').replace(
      d.block,
      () =>
        `<figure class="mermaid-diagram" style="overflow-x:auto;margin:0" role="img" aria-label="diagram">${natural}</figure>`,
    );
    writeFileSync(d.file, html);
  }
  await page.close();

  // 3. The screenshot test, over HTTP as docs are read (file: URLs block the theme's icons), from
  // the repository's root so that the source links resolve too.
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const url = (file) => base + relative(root, file).split('\\').join('/');
  const shots = [
    ['docs-index.png', join(api, 'index.html'), null],
    ['docs-function.png', join(api, 'functions', '_motcua_sla.index.dueDate.html'), null],
    [null, join(api, 'documents', 'A_dossier_s_life.html'), '.mermaid-diagram svg g'],
  ];
  for (const [shot, file, mustHave] of shots) {
    const p = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(url(file), { waitUntil: 'domcontentloaded' });
    const shown = await p.evaluate(() => getComputedStyle(document.body).display !== 'none');
    if (!shown) throw new Error(`${file}: the page is hidden when its content has loaded`);
    await p.waitForLoadState('load');
    if (mustHave !== null && (await p.locator(mustHave).count()) === 0)
      throw new Error(`${file}: no ${mustHave} (the diagram was not drawn)`);
    if (errors.length > 0) throw new Error(`${file}: console errors: ${errors.join(' | ')}`);
    if (shot !== null) await p.screenshot({ path: join(out, shot) });
    await p.close();
  }
  server.close();
  console.log(
    `docs: ${files.length} pages shown at once, ${diagrams.length} Mermaid diagram(s) rendered to SVG; screenshots examples/out/docs-index.png, docs-function.png`,
  );
} finally {
  await browser.close();
}
