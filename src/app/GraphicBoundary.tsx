import { Component, type ReactNode } from "react";

type Props = {
  /** Changing it gives the children a fresh start (a new dataset). */
  resetKey: unknown;
  /** Told what failed; may put back what was shown before. */
  onError: (error: Error) => void;
  children: ReactNode;
};
type State = { error: Error | null; resetKey: unknown };

/**
 * Keeps a failure inside the graphic from blanking the page: whatever throws while drawing is
 * reported (and the previous graphic put back); until then, a message stands in its place.
 */
export class GraphicBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error) {
    this.props.onError(error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="alert" role="alert">
        <p className="alert__title">The graphic could not be drawn ({this.state.error.message}).</p>
      </div>
    );
  }
}
