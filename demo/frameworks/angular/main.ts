// Angular example: <dash-gallery> in a standalone, zoneless component. CUSTOM_ELEMENTS_SCHEMA lets
// the template use the tag; `[prop]` bindings set the element's properties; the
// `(dash-gallery-load)` listener writes the event's count into a signal that the template renders.
// With strictTemplates, `$event` is typed from HTMLElementEventMap (the package's declarations),
// so `onLoad` gets `CustomEvent<{ count: number }>` without a cast.
import {
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  provideZonelessChangeDetection,
  signal,
  viewChild,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'dash-elements/gallery';
import { apiBase, reportToParent } from '../report.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>dash-elements in Angular</h1>
      <p #status>{{ count() === null ? 'Loading…' : 'Angular saw ' + count() + ' items' }}</p>
      <dash-gallery
        #gallery
        [apiBase]="apiBase"
        source="json"
        [src]="apiBase + '/demo-data/gallery.json'"
        [columns]="3"
        (dash-gallery-load)="onLoad($event)"
      ></dash-gallery>
    </main>
  `,
})
class AppComponent {
  protected readonly apiBase = apiBase;
  protected readonly count = signal<number | null>(null);
  private readonly status = viewChild.required<ElementRef<HTMLElement>>('status');
  private readonly gallery = viewChild.required<ElementRef<HTMLElementTagNameMap['dash-gallery']>>('gallery');
  private readonly injector = inject(Injector);

  protected onLoad(event: HTMLElementEventMap['dash-gallery-load']): void {
    this.count.set(event.detail.count);
    // Report once Angular has rendered the new state, so the test reads Angular's own output.
    afterNextRender(
      () =>
        reportToParent({
          framework: 'angular',
          loadedCount: event.detail.count,
          statusText: this.status().nativeElement.textContent ?? '',
          images: this.gallery().nativeElement.shadowRoot?.querySelectorAll('img').length ?? 0,
        }),
      { injector: this.injector },
    );
  }
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error) =>
  console.error(error),
);
