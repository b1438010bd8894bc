// The example apps under demo/frameworks/ (built by `npm run build:examples`, which CI runs before
// the tests) load in Chromium: the element renders inside each framework and its event reaches
// the framework's own state, which the framework then renders. They were built against the packed
// tarball, unpacked to demo/frameworks/node_modules/dash-elements (scripts/unpack-examples-package.mjs),
// so a file the tarball lacks fails their build before these tests run.
import { expect } from '@open-wc/testing';
import { apiBase } from '../support/backend.js';
import { loadReportingPage } from './page-frame.js';
import type { FrameworkReport } from '../../demo/frameworks/report.js';

const frameworks = [
  { name: 'react', says: 'React saw' },
  { name: 'vue', says: 'Vue saw' },
  { name: 'angular', says: 'Angular saw' },
];

for (const { name, says } of frameworks) {
  describe(`${name} example app (demo/frameworks/${name})`, () => {
    it('renders <dash-gallery> and handles dash-gallery-load in framework code', async function () {
      this.timeout(60_000);
      const page = `/demo/frameworks/${name}/dist/index.html`;
      if (!(await fetch(page)).ok) {
        this.skip(); // not built: run `npm run build && npm run build:examples`
        return;
      }
      const report = await loadReportingPage<FrameworkReport>(`${page}?api=${encodeURIComponent(apiBase)}`);
      const summary = JSON.stringify(report);
      expect(report.framework, summary).to.equal(name);
      expect(report.loadedCount, summary).to.be.greaterThan(0);
      expect(report.statusText, summary).to.equal(`${says} ${report.loadedCount} items`);
      expect(report.images, summary).to.be.greaterThan(0);
    });
  });
}
