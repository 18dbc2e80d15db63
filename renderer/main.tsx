import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createQueryClient } from './api/queries';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import { PairingScreen } from './session/PairingScreen';
import './app/styles.css';

const root = document.getElementById('root');
const queryClient = createQueryClient();
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider
          fallback={(error) =>
            error?.code === 'desk_unpaired' ? <PairingScreen /> : <p role="alert">{error ? error.message : '…'}</p>
          }
        >
          <App />
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
