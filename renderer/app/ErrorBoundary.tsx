import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Catches a rendering failure in one page so the header and Import keep working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Scrutineer could not show this page:', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <h1 className="page-heading">Something went wrong</h1>
        <p>Scrutineer could not show this page. Your library is safe.</p>
        <p>
          <a href="#/">Back to the library</a>
        </p>
      </div>
    );
  }
}
