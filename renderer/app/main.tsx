import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app.css';
import { App } from './App';
import { StartupGate } from '../features/backup/StartupGate';
import { warmPdfWorker } from '../features/reader/pdfjs';

const container = document.getElementById('root');
if (!container) throw new Error('Scrutineer: the #root element is missing from index.html.');

createRoot(container).render(
  <StrictMode>
    <StartupGate>
      <App />
    </StartupGate>
  </StrictMode>,
);

// The reader's PDF worker, started while the member is still choosing a paper.
warmPdfWorker();
