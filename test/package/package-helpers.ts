/**
 * Helpers for the tests of the published package: pack the tarball as `npm publish` would,
 * install it into a throwaway consumer project, serve a folder over real HTTP and drive the
 * system Chromium. Nothing here touches the project's own node_modules.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(new URL('../..', import.meta.url).pathname);

export interface PackResult {
  /** Absolute path of the .tgz. */
  tarball: string;
  /** Files in the tarball, relative to the package root, sorted. */
  files: string[];
  /** Size of the .tgz and of the unpacked files, in bytes. */
  size: number;
  unpackedSize: number;
}

/** `npm pack` into a fresh temporary folder. Needs `npm run build` first (dist/ is packed). */
export async function pack(): Promise<PackResult> {
  await assertBuilt();
  const dest = await mkdtemp(join(tmpdir(), 'sl-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dest], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[]; size: number; unpackedSize: number }[];
  if (!info) throw new Error('npm pack printed no result');
  return {
    tarball: join(dest, info.filename),
    files: info.files.map((f) => f.path).sort(),
    size: info.size,
    unpackedSize: info.unpackedSize,
  };
}

export async function assertBuilt(): Promise<void> {
  try {
    await stat(join(ROOT, 'dist/lib/define.js'));
  } catch {
    throw new Error('dist/ is missing: run `npm run build` before the package tests.');
  }
}

/** Runs npm (or npx) in `cwd`; the error carries npm's own output. */
export async function npm(cwd: string, args: string[], timeoutMs = 300000): Promise<string> {
  try {
    const { stdout } = await run('npm', args, { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${e.stderr ?? ''}\n${e.stdout ?? ''}\n${e.message}`, { cause: error });
  }
}

export async function exec(cwd: string, file: string, args: string[], timeoutMs = 300000): Promise<string> {
  try {
    const { stdout } = await run(file, args, { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${e.stderr ?? ''}\n${e.stdout ?? ''}\n${e.message}`, { cause: error });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  /** Paths answered with 404, in order. */
  missing: string[];
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 (a random port), as any static host would: files by path,
 * `index.html` for a folder, 404 otherwise. `headers` are added to every answer.
 */
export async function serveStatic(
  dir: string,
  headers: (path: string, requestHeaders: IncomingHttpHeaders) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const root = resolve(dir);
  const missing: string[] = [];
  // The handler catches its own failures; the request does not wait for its promise.
  const server: Server = createServer((req, res) => void (async () => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = join(root, normalize(decodeURIComponent(path)));
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(path, req.headers),
      });
      res.end(body);
    } catch {
      missing.push(path);
      res.writeHead(404, { 'content-type': 'text/plain', ...headers(path, req.headers) });
      res.end('Not found');
    }
  })());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    missing,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const chromePath = (): string => process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** The demo catalogue, as a consumer would publish its own. */
export const demoCatalogue = (): Promise<string> => readFile(join(ROOT, 'data/catalogue.json'), 'utf8');

/**
 * Runs in the page: waits for `<service-locator-map>` (found through open shadow roots) to
 * mount and reach MapLibre's `idle`, and returns how many place markers or clusters it drew.
 * Rejects with the map's own failure message when it reports one.
 */
export const MAP_IDLE_PROBE = `async (timeoutMs) => {
  const find = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'service-locator-map') return el;
      if (el.shadowRoot) { const f = find(el.shadowRoot); if (f) return f; }
    }
    return undefined;
  };
  let failure;
  document.addEventListener('service-locator-error', (e) => { if (e.kind === 'map') failure = e.message; });
  const deadline = Date.now() + timeoutMs;
  let el;
  while (!(el = find(document))?.adapter) {
    if (failure) throw new Error('map failure: ' + failure);
    if (Date.now() > deadline) throw new Error('the map was never mounted');
    await new Promise((r) => setTimeout(r, 50));
  }
  await Promise.race([
    el.adapter.whenIdle(),
    new Promise((_, reject) => setTimeout(() => reject(new Error('map not idle after ' + timeoutMs + ' ms' + (failure ? ' (' + failure + ')' : ''))), Math.max(0, deadline - Date.now()))),
    new Promise((_, reject) => { const t = setInterval(() => { if (failure) { clearInterval(t); reject(new Error('map failure: ' + failure)); } }, 50); }),
  ]);
  const map = el.adapter.map;
  return map.queryRenderedFeatures({ layers: ['sl-points', 'sl-clusters'] }).length;
}`;
