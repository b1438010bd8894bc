// Placeholder until the <dash-guest-upload> issue lands: the entry point must build.
export {};
