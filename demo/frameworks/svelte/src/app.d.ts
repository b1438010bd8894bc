// The raw tags' properties, attributes and `on<event>` listeners for svelte-check.
import type {} from 'dash-elements/svelte';
