import type { ReactiveControllerHost } from 'lit';

/**
 * A module an element renders only in some states (the passcode form, the rendition chooser):
 * `get()` returns it once loaded and otherwise starts loading it, once, and re-renders the host
 * when it is in. Calling `get()` from `render()` is enough, so the module stays out of the
 * initial bundle and loads exactly when its part is first shown.
 */
export class LazyModule<M> {
  private module?: M;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<M>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get(): M | undefined {
    this.loading ??= this.load().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      // Not retried from render: a failing import would otherwise loop with every re-render.
      (error) => this.onError(error),
    );
    return this.module;
  }
}
