import type { NodeRole } from "../model/vocabulary";

/** The legend's sample of a node: the same shapes and classes as the graph's nodes. */
export function RoleSwatch({ role, kind = "country" }: { role: NodeRole; kind?: "country" | "organization" }) {
  const r = { hub: 7, ally: 6, partner: 4.5, rival: 5 }[role];
  return (
    <svg className={`swatch node--${role}`} width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
      {role === "rival" ? (
        <path className="node__shape" d={`M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`} />
      ) : kind === "organization" ? (
        <rect className="node__shape" x={-r} y={-r} width={2 * r} height={2 * r} rx={r * 0.3} />
      ) : (
        <circle className="node__shape" r={r} />
      )}
    </svg>
  );
}
