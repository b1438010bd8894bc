import { expect } from '@open-wc/testing';
import { parseAccept } from '../../src/elements/asset-picker/accept.js';
import { buildImgSnippet, buildSrcset, escapeAttribute, isHttpUrl } from '../../src/elements/asset-picker/snippet.js';
import { fitWithin, formatRendition, parseRendition, srcsetWidths } from '../../src/elements/asset-picker/rendition.js';

/** Parses a snippet the way a CMS page would and returns its body's element children. */
function parseSnippet(snippet: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = snippet; // test-only: checking that the string is inert, well-formed HTML
  return [...template.content.children];
}

describe('asset-picker accept matching', () => {
  it('accepts everything when empty', () => {
    expect(parseAccept('')({ mediaType: 'application/pdf', filename: 'a.pdf' })).to.equal(true);
    expect(parseAccept(undefined)({ mediaType: '', filename: 'a' })).to.equal(true);
  });

  it('matches wildcards, exact types and extensions, case-insensitively', () => {
    const accept = parseAccept(' image/* , video/mp4,.PDF');
    expect(accept({ mediaType: 'image/JPEG', filename: 'a.jpg' })).to.equal(true);
    expect(accept({ mediaType: 'video/mp4', filename: 'b.mp4' })).to.equal(true);
    expect(accept({ mediaType: 'video/quicktime', filename: 'c.mov' })).to.equal(false);
    expect(accept({ mediaType: '', filename: 'report.pdf' })).to.equal(true);
    expect(accept({ mediaType: 'imagex/foo', filename: 'x' })).to.equal(false);
  });
});

describe('asset-picker snippet', () => {
  it('escapes every character that could leave an attribute', () => {
    expect(escapeAttribute(`a"b'c<d>e&f`)).to.equal('a&quot;b&#39;c&lt;d&gt;e&amp;f');
  });

  it('accepts only http(s) URLs', () => {
    expect(isHttpUrl('https://x.test/a.jpg')).to.equal(true);
    expect(isHttpUrl('javascript:alert(1)')).to.equal(false);
    expect(isHttpUrl('data:image/png;base64,AA')).to.equal(false);
    expect(isHttpUrl('/relative.jpg')).to.equal(false);
    expect(buildImgSnippet({ src: 'javascript:alert(1)', candidates: [], alt: 'x' })).to.equal('');
  });

  it('orders and de-duplicates srcset candidates and encodes separators', () => {
    const srcset = buildSrcset([
      { url: 'https://x.test/b,2.jpg', width: 1600 },
      { url: 'https://x.test/a.jpg', width: 800 },
      { url: 'javascript:alert(1)', width: 400 },
    ]);
    expect(srcset).to.equal('https://x.test/a.jpg 800w, https://x.test/b%2C2.jpg 1600w');
  });

  it('parses as exactly one img with the values intact, whatever the alt text holds', () => {
    const alt = `"><script>window.__xss=true</script><img src=x onerror="window.__xss=true"> & 'q'`;
    const snippet = buildImgSnippet({
      src: 'https://cdn.test/a.jpg?x=1&y=2',
      candidates: [
        { url: 'https://cdn.test/a-800.jpg', width: 800 },
        { url: 'https://cdn.test/a-1600.jpg', width: 1600 },
      ],
      width: 800,
      height: 600,
      alt,
    });
    const children = parseSnippet(snippet);
    expect(children).to.have.length(1);
    const img = children[0] as HTMLImageElement;
    expect(img.localName).to.equal('img');
    expect(img.getAttribute('src')).to.equal('https://cdn.test/a.jpg?x=1&y=2');
    expect(img.getAttribute('srcset')).to.equal('https://cdn.test/a-800.jpg 800w, https://cdn.test/a-1600.jpg 1600w');
    expect(img.getAttribute('sizes')).to.equal('(max-width: 800px) 100vw, 800px');
    expect(img.getAttribute('width')).to.equal('800');
    expect(img.getAttribute('height')).to.equal('600');
    expect(img.getAttribute('alt')).to.equal(alt);
    expect(img.getAttributeNames().some((name) => name.startsWith('on'))).to.equal(false);
  });
});

describe('asset-picker rendition', () => {
  it('round-trips attribute values', () => {
    expect(parseRendition('original')).to.deep.equal({ kind: 'original' });
    expect(parseRendition('preset:abc:1')).to.deep.equal({ kind: 'preset', presetId: 'abc:1' });
    expect(parseRendition('width:640')).to.deep.equal({ kind: 'width', width: 640 });
    expect(parseRendition('640')).to.deep.equal({ kind: 'width', width: 640 });
    expect(parseRendition('width:-3')).to.deep.equal({ kind: 'original' });
    expect(parseRendition('nonsense')).to.deep.equal({ kind: 'original' });
    expect(formatRendition({ kind: 'width', width: 640 })).to.equal('width:640');
    expect(formatRendition({ kind: 'preset', presetId: 'p' })).to.equal('preset:p');
  });

  it('fits inside a box without enlarging', () => {
    expect(fitWithin({ width: 4000, height: 3000 }, 1200, 1200)).to.deep.equal({
      width: 1200,
      height: 900,
    });
    expect(fitWithin({ width: 400, height: 300 }, 1200, 1200)).to.deep.equal({
      width: 400,
      height: 300,
    });
    expect(fitWithin({ width: 4000, height: 3000 }, 800)).to.deep.equal({ width: 800, height: 600 });
  });

  it('adds narrower files to an original and a 2x file to a width, never enlarging', () => {
    expect(srcsetWidths({ kind: 'original' }, 4000)).to.deep.equal([640, 1280]);
    expect(srcsetWidths({ kind: 'original' }, 1000)).to.deep.equal([640]);
    expect(srcsetWidths({ kind: 'width', width: 800 }, 4000)).to.deep.equal([1600]);
    expect(srcsetWidths({ kind: 'width', width: 800 }, 1000)).to.deep.equal([]);
    expect(srcsetWidths({ kind: 'preset', presetId: 'p' }, 4000)).to.deep.equal([]);
  });
});
