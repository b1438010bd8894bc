// dash-elements/server: any source's items as the light-DOM markup <dash-gallery> enhances —
// escaped, http(s) URLs only, in order, the first row eager and high priority, srcset and sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderGalleryMarkup, type GalleryItem } from '../../src/server/index.js';

const item = (over: Partial<GalleryItem> & { id: string }): GalleryItem => ({
  src: `https://img.example/${over.id}.jpg`,
  alt: `Photo ${over.id}`,
  caption: '',
  type: 'image',
  order: 0,
  width: 1200,
  height: 800,
  ...over,
});

/** Each `<img …>` of `markup` as its attributes (the markup is ours, so a simple parse is exact). */
function images(markup: string): Record<string, string>[] {
  return [...markup.matchAll(/<img([^>]*)>/g)].map(([, attrs]) =>
    Object.fromEntries([...attrs.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
  );
}

test('hostile alt text and captions stay text: no tag or attribute can be opened', () => {
  const markup = renderGalleryMarkup([
    item({ id: 'a', alt: `"><img src=x onerror=alert(1)>`, caption: `</figcaption><script>alert(1)</script>&amp;` }),
    item({ id: 'b', alt: `' onload='alert(1)`, caption: '<b>bold</b>' }),
  ]);
  // Only the tags and attributes the renderer writes; the hostile text is inside values.
  assert.deepEqual(
    new Set([...markup.matchAll(/<\/?([a-z]+)/g)].map(([, tag]) => tag)),
    new Set(['figure', 'a', 'img', 'figcaption']),
  );
  for (const img of images(markup)) {
    assert.deepEqual(Object.keys(img), ['src', 'width', 'height', 'alt', 'loading', 'fetchpriority', 'decoding']);
  }
  assert.match(markup, /alt="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;"/);
  assert.match(
    markup,
    /<figcaption>&lt;\/figcaption&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&amp;amp;<\/figcaption>/,
  );
  assert.match(markup, /alt="&#39; onload=&#39;alert\(1\)"/);
  assert.equal((markup.match(/<img /g) ?? []).length, 2);
  assert.equal((markup.match(/<figcaption>/g) ?? []).length, 2);
});

test('only http(s) URLs: an item with a javascript: or data: image is dropped, a bad rendition or link left out', () => {
  const markup = renderGalleryMarkup([
    item({ id: 'js', src: 'javascript:alert(1)' }),
    item({ id: 'data', src: 'data:image/svg+xml,<svg onload=alert(1)>' }),
    item({
      id: 'ok',
      original: { url: 'javascript:alert(2)' },
      srcset: [
        { url: 'data:image/png;base64,AAAA', width: 320 },
        { url: 'https://img.example/ok-640.jpg', width: 640 },
      ],
    }),
    item({ id: 'rel', src: '/relative.jpg' }),
  ]);
  assert.doesNotMatch(markup, /javascript:|data:|relative/);
  const [only, ...rest] = images(markup);
  assert.equal(rest.length, 0);
  assert.equal(only.src, 'https://img.example/ok.jpg');
  assert.equal(only.srcset, 'https://img.example/ok-640.jpg 640w');
  // The bad original leaves the widest rendition as the lightbox's image.
  assert.match(markup, /<a href="https:\/\/img\.example\/ok-640\.jpg" data-pswp-width="640" data-pswp-height="427">/);
  // With a base, a relative URL resolves (and is kept).
  assert.match(
    renderGalleryMarkup([item({ id: 'r', src: 'r.jpg' })], { base: 'https://site.example/a/' }),
    /src="https:\/\/site\.example\/a\/r\.jpg"/,
  );
});

test('items keep their order; the first row loads eagerly with high priority, the rest lazily', () => {
  const items = ['1', '2', '3', '4', '5'].map((id) => item({ id }));
  const shown = images(renderGalleryMarkup([item({ id: 'bad', src: 'ftp://x/y.jpg' }), ...items], { eager: 2 }));
  assert.deepEqual(
    shown.map((img) => img.src),
    items.map((i) => i.src),
  );
  assert.deepEqual(
    shown.map((img) => [img.loading, img.fetchpriority]),
    [
      ['eager', 'high'],
      ['eager', 'high'],
      ['lazy', undefined],
      ['lazy', undefined],
      ['lazy', undefined],
    ],
  );
  assert.ok(shown.every((img) => img.width === '1200' && img.height === '800' && img.decoding === 'async'));
  // Default: three eager.
  assert.equal(images(renderGalleryMarkup(items)).filter((img) => img.loading === 'eager').length, 3);
});

test('srcset narrowest first with width descriptors, sizes from the options, the original on the link', () => {
  const markup = renderGalleryMarkup(
    [
      item({
        id: 'a',
        srcset: [
          { url: 'https://cdn.example/w_320,c_fill/a.jpg', width: 320 },
          { url: 'https://cdn.example/w_960,c_fill/a.jpg', width: 960 },
        ],
        original: { url: 'https://img.example/a-full.jpg', width: 4000, height: 2667 },
        caption: 'Harbour',
      }),
      item({ id: 'b', width: undefined, height: undefined }),
    ],
    { sizes: '(min-width: 800px) 400px, 100vw' },
  );
  const [a, b] = images(markup);
  assert.equal(a.srcset, 'https://cdn.example/w_320,c_fill/a.jpg 320w, https://cdn.example/w_960,c_fill/a.jpg 960w');
  assert.equal(a.sizes, '(min-width: 800px) 400px, 100vw');
  assert.match(
    markup,
    /^<figure><a href="https:\/\/img\.example\/a-full\.jpg" data-pswp-width="4000" data-pswp-height="2667"><img [^>]+><\/a><figcaption>Harbour<\/figcaption><\/figure>/,
  );
  // No srcset: no sizes; no known size: no width/height (never a made-up one).
  assert.equal(b.srcset, undefined);
  assert.equal(b.sizes, undefined);
  assert.equal(b.width, undefined);
  assert.match(markup, /<a href="https:\/\/img\.example\/b\.jpg"><img /);
});

test('a video shows its poster image; a file without a preview is left out', () => {
  const markup = renderGalleryMarkup([
    item({ id: 'v', type: 'video', videoSrc: 'https://img.example/v.mp4', poster: 'https://img.example/v-poster.jpg' }),
    item({ id: 'f', type: 'file', src: '' }),
  ]);
  assert.deepEqual(
    images(markup).map((img) => img.src),
    ['https://img.example/v-poster.jpg'],
  );
  assert.doesNotMatch(markup, /\.mp4/);
});
