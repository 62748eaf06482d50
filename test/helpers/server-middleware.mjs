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
  return next();
}
