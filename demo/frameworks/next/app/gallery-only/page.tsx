// A page with one element: its per-element wrapper (`dash-elements/react/gallery`) registers
// <dash-gallery> alone, so the browser downloads none of the other three elements.
import { DashGallery } from 'dash-elements/react/gallery';

export default async function GalleryOnly({ searchParams }: { searchParams: Promise<{ api?: string }> }) {
  const { api = '' } = await searchParams;
  return (
    <main>
      <h1>One gallery</h1>
      <DashGallery id="gallery" apiBase={api} source="json" src={`${api}/demo-data/gallery.json`} />
    </main>
  );
}
