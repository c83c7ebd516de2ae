/**
 * What the page shows at once while the dataset in the address loads: the graphic's frame and a
 * status that says so, instead of a blank page for as long as a slow server takes (the load gives
 * up after its deadline, and the graphic, or the reason it could not be shown, takes this place).
 */
export function LoadingFrame({ embed }: { embed: boolean }) {
  return (
    <div className={`app${embed ? " app--embed" : ""}`}>
      <main className="graphic" aria-busy="true">
        <header className="graphic__head">{!embed && <p className="brand">Latticework</p>}</header>
        <p className="loading-status" role="status">
          Loading dataset…
        </p>
      </main>
    </div>
  );
}
