import { createApp } from 'vue';
import 'mpp-widgets/finder';
import 'mpp-widgets/queue-badge';
import 'mpp-widgets/service-checklist';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
