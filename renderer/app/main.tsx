import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app.css';
import { App } from './App';
import { warmPdfWorker } from '../features/reader/pdfjs';

const container = document.getElementById('root');
if (!container) throw new Error('Scrutineer: the #root element is missing from index.html.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The reader's PDF worker, started while the member is still choosing a paper.
warmPdfWorker();
