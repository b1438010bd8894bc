// Placeholder until the <dash-gallery> issue lands: the entry point must build.
export {};
