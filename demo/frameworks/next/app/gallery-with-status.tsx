'use client';
// The gallery's load event updates React state, which React renders: the wrapper's typed
// `onDashGalleryLoad` callback (e.detail.count is a number).
import { useState } from 'react';
import { DashGallery } from 'dash-elements/react/gallery';

export function GalleryWithStatus({ apiBase }: { apiBase: string }) {
  const [count, setCount] = useState<number | null>(null);
  return (
    <section>
      <p id="status">{count === null ? 'Loading…' : `React saw ${count} items`}</p>
      <DashGallery
        id="gallery"
        apiBase={apiBase}
        source="json"
        src={`${apiBase}/demo-data/gallery.json`}
        columns={3}
        onDashGalleryLoad={(event) => setCount(event.detail.count)}
      />
    </section>
  );
}
