// Issue 21: the gallery's first image goes alone; the others wait until it has arrived, two
// seconds at most, or until the element leaves the page.
import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FirstImageGate } from '../../src/elements/gallery/first-image-gate.js';

function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host as typeof host & ReactiveControllerHost;
}

describe('FirstImageGate', () => {
  it('holds every tile but the first until the first image has arrived, then asks for an update', () => {
    const host = fakeHost();
    const gate = new FirstImageGate(host);
    assert.equal(gate.holds(3), false, 'nothing is held before holding starts');
    gate.hold(1);
    assert.deepEqual(
      [0, 1, 2, 7].map((i) => gate.holds(i)),
      [true, false, true, true],
    );
    gate.settled(2); // another tile's image (already cached, say) opens nothing
    assert.equal(gate.holds(2), true);
    gate.settled(1);
    assert.deepEqual(
      [0, 2, 7].map((i) => gate.holds(i)),
      [false, false, false],
    );
    assert.equal(host.updates, 1, 'one update to ask for the held images');
    gate.hold(0); // once: a later render does not hold again
    assert.equal(gate.holds(3), false);
  });

  it('holds nothing when the first row has no image', () => {
    const host = fakeHost();
    const gate = new FirstImageGate(host);
    gate.hold(undefined);
    assert.equal(gate.holds(0), false);
    gate.hold(0);
    assert.equal(gate.holds(1), false, 'and never starts later');
  });

  it('lets the others go after two seconds when the first image hangs', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const host = fakeHost();
      const gate = new FirstImageGate(host);
      gate.hold(0);
      mock.timers.tick(1999);
      assert.equal(gate.holds(1), true);
      mock.timers.tick(1);
      assert.equal(gate.holds(1), false);
      assert.equal(host.updates, 1);
    } finally {
      mock.timers.reset();
    }
  });

  it('lets the others go when the element leaves the page', () => {
    const host = fakeHost();
    const gate = new FirstImageGate(host);
    gate.hold(0);
    assert.equal(host.controllers[0], gate, 'a controller of its host');
    gate.hostDisconnected();
    assert.equal(gate.holds(1), false);
  });
});
