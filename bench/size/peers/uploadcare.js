// Uploadcare's web-component uploader, all components registered (its documented setup).
import * as UC from '@uploadcare/file-uploader';

UC.defineComponents(UC);
