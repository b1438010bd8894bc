// Placeholder until the <dash-portal-browser> issue lands: the entry point must build.
export {};
