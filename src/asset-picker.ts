// Placeholder until the <dash-asset-picker> issue lands: the entry point must build.
export {};
