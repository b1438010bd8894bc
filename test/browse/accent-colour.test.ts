import { expect } from '@open-wc/testing';
import { literalColour } from '../../src/elements/portal-browser/accent-colour.js';

describe('literalColour (the theme accent colour)', () => {
  it('accepts literal colours: hex, rgb/hsl/oklch functions and named colours', () => {
    const good = [
      '#333666',
      '#abc',
      '#abcd',
      '#11223344',
      'rgb(1, 2, 3)',
      'rgba(1,2,3,0.5)',
      'rgb(1 2 3 / 50%)',
      'hsl(210deg 50% 40%)',
      'hsla(210, 50%, 40%, .5)',
      'oklch(62% 0.2 250)',
      'oklch(0.6 0.1 none)',
      'rebeccapurple',
      ' teal ',
    ];
    for (const colour of good) expect(literalColour(colour), colour).to.equal(colour.trim());
  });

  it('refuses anything that could reach a URL, another property or a variable', () => {
    const bad = [
      'var(--x, url(//third.party/x.png))',
      'red;background:url(javascript:window.__xss=true)',
      'url(https://evil.test/a.png)',
      'rgb(var(--r), 2, 3)',
      'color-mix(in srgb, red, url(x))',
      'red }',
      'image-set("x.png" 1x)',
      'inherit',
      'currentColor',
      'notacolourname',
      'rgb(1 2)',
      '#12',
      '',
      42,
      null,
      { toString: () => 'red' },
    ];
    for (const colour of bad) expect(literalColour(colour), String(colour)).to.equal(undefined);
  });
});
