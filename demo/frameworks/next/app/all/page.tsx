// A server component that imports from `dash-elements/react`, the module with all four wrappers
// (a 'use client' module too): importing it registers all four elements in the browser.
import { DashPortalBrowser } from 'dash-elements/react';

export default async function All({ searchParams }: { searchParams: Promise<{ api?: string }> }) {
  const { api = '' } = await searchParams;
  return (
    <main>
      <h1>Portal</h1>
      <DashPortalBrowser id="portal" apiBase={api} subdomain="demo" portal="press" />
    </main>
  );
}
