// Vite turns a CSS import into a stylesheet on the page; the module has no exports TS needs.
declare module '*.css';
