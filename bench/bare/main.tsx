import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";

/** The floor the app's start-up is measured against: React and a tiny tree, nothing else. */
function Bare() {
  const [count, setCount] = useState(0);
  return (
    <main data-bare-ready="">
      <h1>A bare React page</h1>
      <p>React's own start-up, built the way the app is built.</p>
      <button type="button" onClick={() => setCount(count + 1)}>
        Pressed {count} times
      </button>
    </main>
  );
}

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <Bare />
    </StrictMode>,
  );
