// React example: the generated wrapper from `dash-elements/react/gallery` (which registers the
// gallery alone), its typed `onDashGalleryLoad` callback updating React state, and React rendering
// that state.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DashGallery } from 'dash-elements/react/gallery';
import type { DashGallery as DashGalleryElement } from 'dash-elements/gallery';
import { apiBase, reportToParent } from '../report.js';

function App() {
  const [count, setCount] = useState<number | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const gallery = useRef<DashGalleryElement>(null);

  useEffect(() => {
    if (count === null) return;
    reportToParent({
      framework: 'react',
      loadedCount: count,
      statusText: status.current?.textContent ?? '',
      images: gallery.current?.shadowRoot?.querySelectorAll('img').length ?? 0,
    });
  }, [count]);

  return (
    <main>
      <h1>dash-elements in React</h1>
      <p ref={status}>{count === null ? 'Loading…' : `React saw ${count} items`}</p>
      <DashGallery
        ref={gallery}
        apiBase={apiBase}
        source="json"
        src={`${apiBase}/demo-data/gallery.json`}
        columns={3}
        onDashGalleryLoad={(event) => setCount(event.detail.count)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
