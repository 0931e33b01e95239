// Keeps a failing part of the screen (the graph) from taking the rest down: the routes stay readable as text.
import { Component, type ReactNode } from "react";

interface Props {
  /** What failed, for the message: "The graph". */
  what: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="hint graph-placeholder" role="alert">
          {this.props.what} could not be drawn ({this.state.error.message}). The routes are still listed as
          text.
        </div>
      );
    }
    return this.props.children;
  }
}
