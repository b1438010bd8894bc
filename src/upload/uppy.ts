/**
 * The two Uppy classes the engine uses, behind one module that the engine imports lazily.
 * Named re-exports rather than `import('@uppy/core')`: a dynamically imported namespace keeps
 * every export alive (UIPlugin, and preact with it, ~5 KB gzip), while named imports here let the
 * bundler drop what an upload never runs.
 */
export { default as Uppy } from '@uppy/core';
export { default as AwsS3 } from '@uppy/aws-s3';
