// The dev server serves TypeScript sources: an import of './x.js' from a .ts file is resolved to
// x.ts by the esbuild plugin, but a worker started from `new URL('./x.js', import.meta.url)` is
// a plain request for x.js. For a file under /src/ that exists only as .ts, serve the .ts (which
// the esbuild plugin then compiles), as the builds serve their compiled .js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

export async function workerSourceMiddleware(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/src/') && path.endsWith('.js') && !path.includes('..')) {
    const ts = path.slice(0, -3) + '.ts';
    if (!existsSync(fileURLToPath(new URL('.' + path, root))) && existsSync(fileURLToPath(new URL('.' + ts, root)))) ctx.path = ts;
  }
  return next();
}
