// Uppy's event emitter ships no types; test/node/uppy-build.test.ts compares our replacement with it.
declare module 'namespace-emitter' {
  const create: () => unknown;
  export default create;
}
