import { memo, type Ref } from "react";
import type { GraphNode } from "../model/schema";
import { lineHeight, labelGap } from "../layout/nodeMetrics";
import { markHandlers, stillMark, type MarkProps } from "./markProps";

type Props = MarkProps & {
  index: number;
  node: GraphNode;
  radius: number;
  text: string;
  fontSize: number;
  ref: Ref<SVGGElement>;
  /** Where the node stands, in a prerendered picture; live, the scene writes it. */
  transform?: string | undefined;
};

function Shape({ node, r }: { node: GraphNode; r: number }) {
  if (node.role === "rival") {
    const d = r * 1.25;
    return <path className="node__shape" d={`M0,${-d}L${d},0L0,${d}L${-d},0Z`} />;
  }
  if (node.kind === "organization") {
    const s = r * 0.9;
    return <rect className="node__shape" x={-s} y={-s} width={2 * s} height={2 * s} rx={s * 0.3} />;
  }
  return <circle className="node__shape" r={r} />;
}

/** A node: its shape says its role and kind, its label sits below; positioned by the scene. */
export const NodeMark = memo(function NodeMark({
  index,
  node,
  radius,
  text,
  fontSize,
  label,
  selected,
  emphasis,
  ref,
  transform,
  ...rest
}: Props) {
  return (
    <g
      ref={ref}
      transform={transform}
      className={`node node--${node.role} node--${node.kind}${selected ? " is-selected" : ""}${emphasis ? ` is-${emphasis}` : ""}`}
      data-node-id={node.id}
      tabIndex={0}
      role="button"
      aria-label={label}
      aria-pressed={selected}
      {...markHandlers({ kind: "node", index }, { label, selected, emphasis, ...rest })}
      {...(transform && stillMark)}
    >
      {!transform && <circle className="focus-ring" r={radius * (node.role === "rival" ? 1.25 : 1) + 5} />}
      {node.role === "hub" && <circle className="node__halo" r={radius + 5} />}
      <Shape node={node} r={radius} />
      {text && (
        <text className="node__label" y={radius + labelGap + fontSize * (lineHeight - 0.2)} fontSize={fontSize}>
          {text}
        </text>
      )}
    </g>
  );
});
