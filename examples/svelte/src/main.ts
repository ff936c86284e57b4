import { mount } from 'svelte';
import 'mpp-widgets/finder';
import 'mpp-widgets/queue-badge';
import 'mpp-widgets/service-checklist';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app');
export default mount(App, { target });
