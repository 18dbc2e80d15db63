import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import './app/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider fallback={(error) => <p role="alert">{error ? error.message : '…'}</p>}>
        <App />
      </SessionProvider>
    </StrictMode>,
  );
}
