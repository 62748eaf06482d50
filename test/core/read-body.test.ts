/**
 * The catalogue's bytes read chunk by chunk (src/controllers/fetch-json.ts readBody, issue 15:
 * no single task copying a 50 MB body on the page): whatever the chunks and whatever the
 * Content-Length says (exact, the smaller compressed size, larger, absent, absurd), the bytes are
 * exactly the body's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readBody } from '../../src/controllers/fetch-json.js';

function response(chunks: Uint8Array[], contentLength: string | null): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  return new Response(body, { headers: contentLength === null ? {} : { 'content-length': contentLength } });
}

const joined = (chunks: Uint8Array[]): Uint8Array => Uint8Array.from(chunks.flatMap((c) => [...c]));

test('the body read chunk by chunk is the body, whatever the Content-Length says', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }), fc.integer({ min: -50, max: 50 }), fc.boolean(), async (chunks, off, declare) => {
      const expected = joined(chunks);
      const length = declare ? String(Math.max(0, expected.length + off)) : null;
      const bytes = new Uint8Array(await readBody(response(chunks, length), 0));
      assert.deepEqual(bytes, expected);
    }),
    { numRuns: 300 },
  );
});

test('a Content-Length past belief or not a number is only a hint', async () => {
  const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4])];
  for (const length of ['99999999999999', '1e3', 'abc', '-5', '0']) {
    assert.deepEqual(new Uint8Array(await readBody(response(chunks, length), 0)), new Uint8Array([1, 2, 3, 4]), length);
  }
});

test('an exact Content-Length: the buffer filled as the chunks came', async () => {
  const chunks = [new Uint8Array([1, 2]), new Uint8Array([3, 4, 5])];
  const buffer = await readBody(response(chunks, '5'), 0);
  assert.equal(buffer.byteLength, 5);
  assert.deepEqual(new Uint8Array(buffer), new Uint8Array([1, 2, 3, 4, 5]));
});

test('a body that says it is small is or says nothing is read in one go (arrayBuffer), one that says it is large by chunks', async () => {
  for (const [length, chunkedFrom, whole] of [['3', undefined, 1], ['3', 3, 0], [null, undefined, 1], [null, 0, 1]] as const) {
    const res = response([new Uint8Array([1, 2]), new Uint8Array([3])], length);
    let calls = 0;
    const arrayBuffer = res.arrayBuffer.bind(res);
    res.arrayBuffer = () => (calls++, arrayBuffer());
    assert.deepEqual(new Uint8Array(await readBody(res, chunkedFrom)), new Uint8Array([1, 2, 3]));
    assert.equal(calls, whole, `Content-Length ${String(length)}, chunks from ${String(chunkedFrom)}`);
  }
});
