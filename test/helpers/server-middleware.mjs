// Serves real HTTP responses for the browser tests: status codes, slow bodies, wrong
// content types, BOM and UTF-16 catalogues. Routes live under /__test__/.
/** A commune's page embedding the standalone build from `script`, showing `view`. */
function standalonePage(script, view) {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Page d'un site de commune</title>
<script type="module" src="${script}"></script></head>
<body><main><h1>Où être aidé pour vos démarches ?</h1>
<service-locator src="/data/catalogue.json" view="${view}" map-style="offline"></service-locator>
</main></body></html>`;
}

let slices;
/** The postcode slices of data/communes-france.json, cut once per run as the build cuts them. */
function communeSlices() {
  return (slices ??= (async () => {
    const { readFile } = await import('node:fs/promises');
    const { communeSlices: cut } = await import('../../scripts/commune-slices.mjs');
    const national = JSON.parse(await readFile(new URL('../../data/communes-france.json', import.meta.url), 'utf8'));
    return new Map([...cut(national)].map(([prefix, s]) => [prefix, JSON.stringify(s)]));
  })());
}

export async function testServerMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/src/map/maplibre-gl-worker.mjs') {
    // Where src/map/worker-url.ts looks for the worker; the build copies it there (rollup.config.mjs).
    ctx.url = '/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs' + url.search;
    return next();
  }
  const slice = /^\/data\/communes\/(\w{2})\.json$/.exec(url.pathname);
  if (slice) {
    // Where src/core/geo/gazetteer-url.ts looks for the postcode slices from the sources; the
    // build writes them to dist/communes/ (rollup.config.mjs). A test that sets the cookie
    // `no-commune-slices=1` gets a 404, as from a bundler that did not copy the folder.
    if (/(?:^|;\s*)no-commune-slices=1/.test(ctx.get('cookie'))) {
      ctx.status = 404;
      ctx.body = 'no slices';
      return;
    }
    const body = (await communeSlices()).get(slice[1]);
    if (!body) return next();
    ctx.type = 'application/json';
    ctx.body = body;
    return;
  }
  if (!url.pathname.startsWith('/__test__/')) return next();
  const route = url.pathname.slice('/__test__/'.length);
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length)) || 500;
    ctx.body = 'error';
    return;
  }
  if (route === 'property-runs') {
    // How many catalogues the browser property test draws, and from which seed: PROPERTY_RUNS
    // and PROPERTY_SEED in the environment of web-test-runner (defaults in the test).
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ runs: Number(process.env.PROPERTY_RUNS) || null, seed: Number(process.env.PROPERTY_SEED) || null });
    return;
  }
  if (route === 'delay') {
    const ms = Math.min(Number(url.searchParams.get('ms') || 1000), 30000);
    await new Promise((r) => setTimeout(r, ms));
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '{}';
    return;
  }
  if (route === 'slow') {
    // A fixture file served late (the far shards of test/browser/fixtures/shards/index-slow.json).
    const file = url.searchParams.get('file') ?? '';
    if (!/^[\w-]+(\/[\w-]+)*\.json$/.test(file)) {
      ctx.status = 400;
      ctx.body = 'file must be a .json path under test/browser/fixtures/';
      return;
    }
    await new Promise((r) => setTimeout(r, Math.min(Number(url.searchParams.get('ms') || 1000), 30000)));
    const { readFile } = await import('node:fs/promises');
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL(`../browser/fixtures/${file}`, import.meta.url));
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
  if (route === 'embed-page') {
    // demo/embed.html as a deployer configured it: `allowed` goes into its script's
    // data-allowed-origins (the test then loads data from the other host name of this server,
    // localhost or 127.0.0.1: a second origin).
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../demo/embed.html', import.meta.url), 'utf8');
    const allowed = (url.searchParams.get('allowed') ?? '').replace(/[^\w:/. -]/g, '');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html
      .replace(/<head>/i, '<head><base href="/demo/embed.html" />')
      .replace('data-allowed-origins=""', `data-allowed-origins="${allowed}"`);
    return;
  }
  if (route === 'cors-catalogue') {
    // The demo catalogue, readable from any origin (what a data portal serves).
    const { readFile } = await import('node:fs/promises');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL('../../data/catalogue.json', import.meta.url));
    return;
  }
  if (route === 'policy-page') {
    // demo/csp.html under one of the policies the README documents (test/browser/trusted-types.test.ts).
    const STRICT = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:";
    const POLICIES = {
      strict: STRICT,
      'trusted-types': `${STRICT}; require-trusted-types-for 'script'; trusted-types service-locator lit-html`,
      // Trusted Types enforced, but the widget's policy name not allowed: the map cannot start.
      'trusted-types-unnamed': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
    };
    const policy = POLICIES[url.searchParams.get('policy') ?? ''];
    if (!policy) {
      ctx.status = 400;
      ctx.body = `policy must be one of ${Object.keys(POLICIES).join(', ')}`;
      return;
    }
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../demo/csp.html', import.meta.url), 'utf8');
    ctx.set('Content-Security-Policy', policy);
    ctx.type = 'text/html; charset=utf-8';
    // `large=1`: the catalogue over the catalogue worker's threshold (padded-catalogue below),
    // so the built bundle validates it in its worker under the policy.
    const large = url.searchParams.get('large') === '1';
    ctx.body = html
      .replace(/<head>/i, '<head><base href="/demo/csp.html" />')
      .replace('src="../data/catalogue.json"', large ? 'src="/__test__/padded-catalogue"' : 'src="../data/catalogue.json"');
    return;
  }
  if (route === 'padded-catalogue') {
    // The demo catalogue followed by 600 KB of spaces (still the same JSON): over the 500 KB
    // from which the element validates in its worker, with a Content-Length that says so.
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../data/catalogue.json', import.meta.url), 'utf8');
    ctx.type = 'application/json';
    ctx.body = Buffer.from(text + ' '.repeat(600 * 1024), 'utf8');
    return;
  }
  if (route.startsWith('cdn/')) {
    // dist/ as a CDN serves it to other origins: with CORS (module scripts, the worker and the
    // commune list are fetched in CORS mode). The tests reach it through this server's other
    // host name (localhost or 127.0.0.1): another origin than the page's.
    const name = route.slice('cdn/'.length);
    if (!/^[\w.-]+\.(js|mjs|json)$/.test(name)) {
      ctx.status = 404;
      ctx.body = 'not a dist/ file';
      return;
    }
    const { readFile } = await import('node:fs/promises');
    try {
      ctx.body = await readFile(new URL(`../../dist/${name}`, import.meta.url));
    } catch {
      ctx.status = 404;
      ctx.body = `dist/${name} is missing (npm run build)`;
      return;
    }
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = name.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8';
    return;
  }
  if (route === 'hosted-page') {
    // demo/csp.html with the widget loaded from `cdn` (an origin), under the README's policy for
    // a widget hosted on another origin ("Self-hosting and CDN"). worker=self: the map's worker
    // from the page's own origin (worker-url), so worker-src needs no blob:.
    const cdn = url.searchParams.get('cdn') ?? '';
    if (!/^http:\/\/(localhost|127\.0\.0\.1):\d+$/.test(cdn)) {
      ctx.status = 400;
      ctx.body = 'cdn must be http://localhost:PORT or http://127.0.0.1:PORT';
      return;
    }
    const selfWorker = url.searchParams.get('worker') === 'self';
    const policy = [
      "default-src 'self'",
      `script-src 'self' ${cdn}`,
      // A module worker's imports are checked against worker-src: the blob: module and the worker file it imports.
      selfWorker ? "worker-src 'self'" : `worker-src 'self' blob: ${cdn}`,
      `connect-src 'self' ${cdn}`,
      "style-src 'self'",
      "img-src 'self' data:",
      ...(url.searchParams.get('tt') === 'no' ? [] : ["require-trusted-types-for 'script'", 'trusted-types service-locator lit-html']),
    ].join('; ');
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../demo/csp.html', import.meta.url), 'utf8');
    ctx.set('Content-Security-Policy', policy);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html
      .replace(/<head>/i, '<head><base href="/demo/csp.html" />')
      .replace('src="../dist/service-locator.js"', `src="${cdn}/__test__/cdn/service-locator.js"`)
      .replace('<service-locator ', selfWorker ? '<service-locator worker-url="/dist/maplibre-gl-worker.mjs" ' : '<service-locator ');
    return;
  }
  if (route.startsWith('chunks/')) {
    // dist/ under /__test__/chunks/<run>/ (test/browser/missing-chunk.test.ts), with one lazy chunk
    // gone while the cookie `fail-chunk=<prefix>` is set: dist/<prefix>-<hash>.js answers 404, as
    // on a page kept open across a deploy (the old hashed names are gone) or a dropped connection.
    // Clearing the cookie brings the chunk back. <run> differs per page, so that no page gets
    // another's files from the browser's cache; nothing here is cached (the runner's own
    // middleware marks every path with an extension cacheable for a year: the path it reads
    // after this one has answered is left without one).
    const match = /^chunks\/[\w-]+\/([\w-]+(?:\.[\w-]+)*(?:\/[\w-]+(?:\.[\w-]+)*)?\.(?:js|mjs|json))$/.exec(route);
    const name = match?.[1];
    const gone = /(?:^|;\s*)fail-chunk=([\w-]+)/.exec(ctx.get('cookie'))?.[1];
    ctx.set('Cache-Control', 'no-store');
    if (name && gone && new RegExp(`^${gone}-[\\w-]{8}\\.js$`).test(name)) {
      ctx.status = 404;
      ctx.body = 'chunk gone';
    } else if (name) {
      const { readFile } = await import('node:fs/promises');
      try {
        ctx.body = await readFile(new URL(`../../dist/${name}`, import.meta.url));
        ctx.type = name.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8';
      } catch {
        ctx.status = 404;
        ctx.body = `dist/${name} is missing (npm run build)`;
      }
    } else {
      ctx.status = 404;
      ctx.body = 'not a dist/ file';
    }
    ctx.path = ctx.path.replace(/\.\w+$/, '');
    return;
  }
  if (route === 'missing-chunk-page') {
    // The standalone page (below) with its build from chunks/<run>/ (above).
    const run = (url.searchParams.get('run') ?? '').replace(/[^\w-]/g, '') || 'run';
    const view = ['list', 'map', 'both'].includes(url.searchParams.get('view') ?? '') ? url.searchParams.get('view') : 'list';
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = standalonePage(`/__test__/chunks/${run}/service-locator.js`, view);
    return;
  }
  if (route === 'standalone-page') {
    // A plain HTML page that loads the standalone build, as a webmaster's page would.
    const view = ['list', 'map', 'both'].includes(url.searchParams.get('view') ?? '') ? url.searchParams.get('view') : 'list';
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = standalonePage('/dist/service-locator.js', view);
    return;
  }
  if (route.startsWith('hostile/')) {
    // Hostile catalogues for test/browser/hostile*.test.ts, generated here (never committed):
    // see test/fixtures/hostile/catalogues.mjs. Big bodies are built once and kept.
    const gen = await import('../fixtures/hostile/catalogues.mjs');
    const name = route.slice('hostile/'.length);
    const json = 'application/json';
    const send = (type, body) => {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = type;
      ctx.body = body;
    };
    if (name === 'payloads') return send(json, gen.payloadCatalogueText().text);
    if (name === 'huge-strings') return send(json, hostileCached('huge', () => gen.hugeStringsText().text));
    if (name === 'many') {
      const n = Math.min(Number(url.searchParams.get('n') || 100000), 200000);
      return send(json, hostileCached(`many-${n}`, () => gen.manyPlacesText(n)));
    }
    if (name === 'bom') return send(json, Buffer.from('\uFEFF' + gen.smallText().text, 'utf8'));
    if (name === 'utf16le-bom') return send(json, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(gen.smallText().text, 'utf16le')]));
    if (name === 'utf16le') return send(json, Buffer.from(gen.smallText().text, 'utf16le'));
    if (name === 'utf16be-bom') return send(json, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(gen.smallText().text, 'utf16le').swap16()]));
    if (name === 'truncated') return send(json, gen.truncatedText());
    if (name === 'json-as-html') return send('text/html; charset=utf-8', gen.smallText().text);
    if (name === 'html') {
      // What a CMS answers for a missing file: a 200 page of HTML, with a script.
      return send(
        'text/html; charset=utf-8',
        `<!doctype html><html><head><title>Page introuvable</title><script>window.${gen.CANARY}('html-page')</script></head><body><h1>Oups</h1></body></html>`,
      );
    }
    if (name === 'drip') {
      // The small catalogue in `chunks` pieces spread over `ms` milliseconds.
      const { Readable } = await import('node:stream');
      const text = gen.smallText().text;
      const chunks = Math.max(2, Math.min(Number(url.searchParams.get('chunks') || 8), 100));
      const ms = Math.min(Number(url.searchParams.get('ms') || 4000), 30000);
      const size = Math.ceil(text.length / chunks);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = json;
      ctx.body = Readable.from(
        (async function* () {
          for (let i = 0; i < chunks; i++) {
            yield Buffer.from(text.slice(i * size, (i + 1) * size), 'utf8');
            if (i < chunks - 1) await new Promise((r) => setTimeout(r, ms / (chunks - 1)));
          }
        })(),
      );
      // sized=1: with its Content-Length, known before the body comes (else chunked, no length).
      if (url.searchParams.get('sized') === '1') {
        ctx.length = Array.from({ length: chunks }, (_, i) => Buffer.byteLength(text.slice(i * size, (i + 1) * size), 'utf8')).reduce((a, b) => a + b, 0);
      }
      return;
    }
    if (name === 'hang' || name === 'stall') {
      // hang: no answer at all; stall: headers and half the body, then nothing. Both end when
      // the client gives up (or after 60 s).
      const { PassThrough } = await import('node:stream');
      const wait = new Promise((r) => {
        const t = setTimeout(r, 60000);
        ctx.res.on('close', () => {
          clearTimeout(t);
          r();
        });
      });
      if (name === 'hang') {
        await wait;
        ctx.status = 504;
        ctx.body = 'gave up';
        return;
      }
      const body = new PassThrough();
      const text = gen.smallText().text;
      body.write(text.slice(0, Math.floor(text.length / 2)));
      void wait.then(() => body.end());
      ctx.set('Cache-Control', 'no-store');
      ctx.type = json;
      ctx.body = body;
      return;
    }
    ctx.status = 404;
    ctx.body = 'unknown hostile catalogue';
    return;
  }
  return next();
}

const hostileCache = new Map();
/** Big generated bodies, built once per test-server run. */
function hostileCached(key, make) {
  if (!hostileCache.has(key)) hostileCache.set(key, Buffer.from(make(), 'utf8'));
  return hostileCache.get(key);
}
