// One download helper (issue 17, point 2): the exports, the bus calendar and the editor's save
// all go through saveBlob, which clicks a link in the document and revokes its URL later.
import { expect } from '@open-wc/testing';
import { REVOKE_DELAY_MS, saveBlob } from '../../src/components/download.js';
import { ServiceLocatorEditorElement } from '../../src/editor/service-locator-editor.js';

ServiceLocatorEditorElement.define();

interface Seen {
  name: string;
  url: string;
  connected: boolean;
  hidden: boolean;
}

/** Runs `act` with link clicks caught and the delayed revocation run at once; what happened. */
function watch(act: () => void): { clicks: Seen[]; revoked: string[]; delays: number[]; stillThere: number } {
  const clicks: Seen[] = [];
  const revoked: string[] = [];
  const delays: number[] = [];
  const click = HTMLAnchorElement.prototype.click;
  const revoke = URL.revokeObjectURL;
  const realTimeout = window.setTimeout;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ name: this.download, url: this.href, connected: this.isConnected, hidden: this.hidden === true });
  };
  URL.revokeObjectURL = (u: string) => {
    revoked.push(u);
    revoke.call(URL, u);
  };
  window.setTimeout = ((fn: () => void, ms?: number) => {
    delays.push(ms ?? 0);
    fn();
    return 0;
  }) as unknown as typeof window.setTimeout;
  try {
    act();
  } finally {
    HTMLAnchorElement.prototype.click = click;
    URL.revokeObjectURL = revoke;
    window.setTimeout = realTimeout;
  }
  return { clicks, revoked, delays, stillThere: document.querySelectorAll('a[download]').length };
}

describe('saveBlob', () => {
  it('clicks a hidden link in the host, removes it, and revokes the URL after the delay', () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const seen = watch(() => saveBlob(host, new Blob(['a;b\n'], { type: 'text/csv' }), 'lieux.csv'));
      expect(seen.clicks).to.have.length(1);
      expect(seen.clicks[0]).to.include({ name: 'lieux.csv', connected: true, hidden: true });
      expect(seen.clicks[0]!.url).to.match(/^blob:/);
      expect(host.children).to.have.length(0);
      expect(seen.delays).to.deep.equal([REVOKE_DELAY_MS]);
      expect(seen.revoked).to.deep.equal([seen.clicks[0]!.url]);
    } finally {
      host.remove();
    }
  });

  it('revokes even when the click throws', () => {
    const host = document.createElement('div');
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {
      throw new Error('blocked');
    };
    const revoke = URL.revokeObjectURL;
    const realTimeout = window.setTimeout;
    const revoked: string[] = [];
    URL.revokeObjectURL = (u: string) => void revoked.push(u);
    window.setTimeout = ((fn: () => void) => {
      fn();
      return 0;
    }) as unknown as typeof window.setTimeout;
    try {
      expect(() => saveBlob(host, new Blob(['x']), 'x.txt')).to.throw('blocked');
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
      window.setTimeout = realTimeout;
    }
    expect(revoked).to.have.length(1);
    expect(host.children).to.have.length(0);
  });

  it("is the editor's default way to save", async () => {
    const editor = document.createElement('service-locator-editor');
    let blob: Blob | undefined;
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return create.call(URL, b);
    };
    try {
      const seen = watch(() => editor.saveFile('catalogue.json', '{"places":[]}', 'application/json'));
      expect(seen.clicks.map((c) => [c.name, c.connected])).to.deep.equal([['catalogue.json', true]]);
      expect(seen.revoked).to.have.length(1);
      expect(seen.stillThere).to.equal(0);
    } finally {
      URL.createObjectURL = create;
    }
    expect(blob?.type).to.equal('application/json');
    expect(await blob!.text()).to.equal('{"places":[]}');
  });
});
