import { render } from 'preact';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { loadBundle } from '../../lib/claims/bundle';
import '../../components/shared/theme.css';
import './style.css';

// The bundled claims (compiled once): on a first install the database may still be seeding.
let snapshot: ReturnType<typeof loadBundle>['snapshot'] | undefined;
const getSnapshot = () => (snapshot ??= loadBundle().snapshot);

render(<WelcomeApp snapshot={getSnapshot} win={window} optionsUrl={browser.runtime.getURL('/options.html')} />, document.getElementById('app')!);
