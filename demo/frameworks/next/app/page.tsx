// A server component (no 'use client') that imports the React wrappers: they are client modules
// ('use client' in the package), so Next renders them on the server as their tags and hydrates
// them in the browser. Event callbacks cannot cross from the server, so the gallery with its
// `onDashGalleryLoad` lives in a client component (gallery-with-status.tsx).
import { DashAssetPicker } from 'dash-elements/react/asset-picker';
import { GalleryWithStatus } from './gallery-with-status';

export default async function Page({ searchParams }: { searchParams: Promise<{ api?: string }> }) {
  const { api = '' } = await searchParams;
  return (
    <main>
      <h1>dash-elements in Next.js</h1>
      <GalleryWithStatus apiBase={api} />
      <DashAssetPicker id="picker" apiBase={api} subdomain="demo" portal="press" heading="Pick from Press" />
    </main>
  );
}
