// Serves real HTTP responses for the browser tests: status codes, slow bodies, wrong
// content types, BOM and UTF-16 catalogues. Routes live under /__test__/.
export async function testServerMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test__/')) return next();
  const route = url.pathname.slice('/__test__/'.length);
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length)) || 500;
    ctx.body = 'error';
    return;
  }
  if (route === 'delay') {
    const ms = Math.min(Number(url.searchParams.get('ms') || 1000), 30000);
    await new Promise((r) => setTimeout(r, ms));
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '{}';
    return;
  }
  if (route === 'page-with-headers') {
    // A demo page with the extra headers demo/headers.json gives it (the CSP page), as
    // scripts/serve.mjs serves it; a <base> keeps its relative URLs pointing into /demo/.
    const page = url.searchParams.get('page') ?? '';
    if (!/^\/demo\/[\w-]+\.html$/.test(page)) {
      ctx.status = 400;
      ctx.body = 'page must be /demo/<name>.html';
      return;
    }
    const { readFile } = await import('node:fs/promises');
    const root = new URL('../../', import.meta.url);
    const html = await readFile(new URL('.' + page, root), 'utf8');
    const headers = JSON.parse(await readFile(new URL('demo/headers.json', root), 'utf8'))[page] ?? {};
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html.replace(/<head>/i, `<head><base href="${page}" />`);
    return;
  }
  if (route === 'standalone-page') {
    // A plain HTML page that loads the standalone build, as a webmaster's page would.
    const view = ['list', 'map', 'both'].includes(url.searchParams.get('view') ?? '') ? url.searchParams.get('view') : 'list';
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Page d'un site de commune</title>
<script type="module" src="/dist/service-locator.js"></script></head>
<body><main><h1>Où être aidé pour vos démarches ?</h1>
<service-locator src="/data/catalogue.json" view="${view}" map-style="offline"></service-locator>
</main></body></html>`;
    return;
  }
  return next();
}
