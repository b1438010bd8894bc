// The harness's own control: proves the page really enforces the policy, so a green CSP suite
// means something. An inline-HTML sink must throw under Trusted Types, an inline style attribute
// from markup must be blocked, and Lit (which uses a Trusted Types policy) must still render.
import { LitElement, html } from 'lit';
import { runCspFlow, until } from './page-harness.js';

class CspProbe extends LitElement {
  override render() {
    return html`<p>rendered by Lit</p>`;
  }
}
customElements.define('csp-probe', CspProbe);

void runCspFlow(async (log) => {
  const probe = document.createElement('csp-probe');
  document.body.append(probe);
  await until(() => probe.shadowRoot?.querySelector('p'), 'Lit render');
  log('lit-rendered');
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
    log('innerHTML-allowed');
  } catch {
    log('innerHTML-blocked');
  }
});
