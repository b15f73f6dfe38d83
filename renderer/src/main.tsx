import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { pageMeta } from './api/pageMeta';
import { initI18n } from './i18n/i18n';

// Modals and drawers lock the page's scroll with a style tag (react-remove-scroll through
// get-nonce), which reads the nonce from this global; without it the CSP blocks the tag.
(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = pageMeta.nonce;

void initI18n().then(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
