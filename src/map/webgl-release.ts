/**
 * Giving a removed map's WebGL context back to the browser, for good.
 *
 * Browsers keep about 16 live contexts per page and take the oldest back when more are asked
 * for. MapLibre cancels that loss (`preventDefault` on `webglcontextlost`) so that it can redraw
 * once the context is restored; when the map was removed in between, the browser still restores
 * the context later, on a canvas nobody shows, and it holds a slot until garbage collection.
 * Owns only that: the map's own `remove()` releases a live context.
 */
export function releaseContextForGood(canvas: HTMLCanvasElement): void {
  // The canvas already has its context: this returns it and never creates one.
  const gl = canvas.getContext('webgl2');
  if (!gl) return;
  const lose = () => gl.getExtension('WEBGL_lose_context')?.loseContext();
  if (!gl.isContextLost()) {
    lose();
    return;
  }
  // A lost context may be restored later (the loss was cancelled while the map lived): lose it
  // again at once. A restore asked through the extension never happens here.
  canvas.addEventListener('webglcontextrestored', lose, { once: true });
}
