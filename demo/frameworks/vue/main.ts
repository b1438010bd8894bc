import { createApp } from 'vue';
import 'dash-elements/gallery';
// Types only: adds the dash-* elements to Vue's GlobalComponents for template type-checking.
import type {} from 'dash-elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
