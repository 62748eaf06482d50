/**
 * web-test-runner server plugin: the `ax-snapshot` command reads the accessibility tree Chromium
 * exposes to screen readers (DevTools protocol, Accessibility.getFullAXTree) for the calling
 * test's page, writes it as indented text (role, name, states, in document order) and compares
 * it with a committed snapshot in test/browser/__snapshots__/ax/<name>.txt. A change a
 * screen-reader user would hear is then a reviewed change of that file.
 *
 * A missing snapshot is written; UPDATE_SNAPSHOTS=1 rewrites them all (review the diff).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const DIR = resolve(new URL('../browser/__snapshots__/ax', import.meta.url).pathname);
/** States a screen reader says; focus is left out (it depends on timing, and is tested apart). */
const STATES = ['checked', 'pressed', 'expanded', 'selected', 'disabled', 'level', 'current', 'required', 'invalid', 'modal', 'haspopup'];
/** Roles that only group: their children are listed in their place. */
const TRANSPARENT = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak', 'LayoutTable', 'LayoutTableRow', 'LayoutTableCell']);

/** The tree as text lines. */
export function serialiseAXTree(nodes) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const root = nodes.find((n) => !n.parentId) ?? nodes[0];
  const lines = [];
  const value = (v) => (v && v.value !== undefined ? v.value : undefined);
  const walk = (node, depth, parentName) => {
    if (!node) return;
    const role = value(node.role) ?? '';
    const name = String(value(node.name) ?? '').replace(/\s+/g, ' ').trim();
    let next = depth;
    let nextName = parentName;
    const skipText = role === 'StaticText' && (!name || (parentName && parentName.includes(name)));
    if (!node.ignored && !TRANSPARENT.has(role) && role !== 'RootWebArea' && !skipText) {
      const states = [];
      for (const p of node.properties ?? []) {
        if (!STATES.includes(p.name)) continue;
        const v = value(p.value);
        if (v === false || v === 'false' || v === undefined || v === '') continue;
        states.push(v === true || v === 'true' ? p.name : `${p.name}=${v}`);
      }
      lines.push(`${'  '.repeat(depth)}${role === 'StaticText' ? 'text' : role}${name ? ` "${name}"` : ''}${states.length ? ` [${states.join(', ')}]` : ''}`);
      next = depth + 1;
      nextName = name || parentName;
    }
    for (const id of node.childIds ?? []) walk(byId.get(id), next, nextName);
  };
  walk(root, 0, '');
  return lines.join('\n') + '\n';
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function axTreePlugin() {
  const clients = new Map();
  return {
    name: 'ax-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-snapshot') return undefined;
      const browser = session.browser;
      if (typeof browser.getPage !== 'function') throw new Error('ax-snapshot needs the Chrome (Puppeteer) launcher');
      const name = String(payload?.name ?? '');
      if (!/^[\w-]+$/.test(name)) throw new Error(`ax-snapshot: a snapshot name of letters, digits and dashes, not "${name}"`);
      let client = clients.get(session.id);
      if (!client) {
        client = await browser.getPage(session.id).createCDPSession();
        await client.send('Accessibility.enable');
        clients.set(session.id, client);
      }
      const { nodes } = await client.send('Accessibility.getFullAXTree');
      const actual = serialiseAXTree(nodes);
      const file = resolve(DIR, `${name}.txt`);
      if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, actual);
        return { actual, expected: actual, written: true };
      }
      return { actual, expected: readFileSync(file, 'utf8'), written: false };
    },
  };
}
