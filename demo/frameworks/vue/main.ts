import { createApp } from 'vue';
import 'dash-elements/gallery';
import App from './App.vue';

createApp(App).mount('#app');
