// Placeholder until the packaging issue generates the React wrappers from the manifest.
export {};
