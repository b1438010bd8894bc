// A web-test-runner command for tests that really open a new tab (a link with target=_blank and a
// trusted click or key press): the new tab takes the browser's focus, so the test page and every
// test file after it would run in the background, where animation frames stop. The command
// closes every other tab and brings the test's page back to the front.
//
//   await executeServerCommand('close-other-tabs');

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function closeOtherTabsPlugin() {
  return {
    name: 'dash-close-other-tabs',
    async executeCommand({ command, session }) {
      if (command !== 'close-other-tabs') return undefined;
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      for (const other of await page.browser().pages()) {
        if (other !== page) await other.close();
      }
      await page.bringToFront();
      return true;
    },
  };
}
