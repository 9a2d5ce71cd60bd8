import { Component, ReactNode } from 'react';

/** No blank screens: if a page breaks, say so and offer a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent">
          <h1 className="nhsuk-heading-l">Sorry, there is a problem with the service</h1>
          <p>Try again later, or go back to the start.</p>
          <p>
            <a href="/">Go to the start</a>
          </p>
        </main>
      </div>
    );
  }
}
