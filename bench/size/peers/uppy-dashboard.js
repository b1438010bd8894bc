// Uppy with its Dashboard UI and S3 multipart, the usual drop-in uploader setup.
import Uppy from '@uppy/core';
import Dashboard from '@uppy/dashboard';
import AwsS3 from '@uppy/aws-s3';

new Uppy()
  .use(Dashboard, { inline: true, target: '#uploader' })
  .use(AwsS3, { shouldUseMultipart: true, endpoint: '/s3' });
