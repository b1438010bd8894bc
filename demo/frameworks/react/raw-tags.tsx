// Type-checked only (`npm run build:examples` runs tsc over demo/frameworks): the raw tags in TSX
// with `dash-elements/jsx`, React 19's `React.JSX.IntrinsicElements` for the elements. Properties
// are typed by the element class, attributes under their HTML names, and `on<event>` listeners
// (React 19 adds them with addEventListener) by the event's detail; the tags marked as expected
// errors must stay errors.
import type {} from 'dash-elements/jsx';

// The events bubble out of the elements' shadow roots to the document and the window, typed there too.
document.addEventListener('dash-select', (event) => console.log(event.detail.assets.length));
window.addEventListener('dash-gallery-load', (event) => console.log(event.detail.count.toFixed()));
// @ts-expect-error dash-error's detail has no `assets`
document.addEventListener('dash-error', (event) => event.detail.assets);

export function RawTags({ apiBase }: { apiBase: string }) {
  return (
    <>
      <dash-gallery
        apiBase={apiBase}
        source="json"
        columns={3}
        row-height="200"
        no-lightbox
        ondash-gallery-load={(event) => console.log(event.detail.count.toFixed())}
      />
      <dash-asset-picker
        api-base={apiBase}
        portal="press"
        multiple
        ondash-select={(event) => console.log(event.detail.assets.length)}
      />
      <dash-portal-browser subdomain="demo" portal="press" class="portal" />
      <dash-guest-upload subdomain="demo" ondash-upload-complete={(event) => event.detail.assets} />
      {/* @ts-expect-error columns is a number */}
      <dash-gallery columns="three" />
      {/* @ts-expect-error the layout is one of the named layouts */}
      <dash-gallery layout="mosaic" />
      {/* @ts-expect-error dash-gallery-load's detail has no `assets` */}
      <dash-gallery ondash-gallery-load={(event) => event.detail.assets} />
      {/* @ts-expect-error not a property or attribute of the element */}
      <dash-asset-picker colour="red" />
    </>
  );
}
