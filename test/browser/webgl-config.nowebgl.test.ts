import { expect } from '@open-wc/testing';

// The no-WebGL group must really have no WebGL2, or the fallback tests prove nothing.
describe('no-WebGL browser group', () => {
  it('has no WebGL2 context available', () => {
    const canvas = document.createElement('canvas');
    expect(canvas.getContext('webgl2')).to.equal(null);
  });
});
