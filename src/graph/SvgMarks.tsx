import { memo, useMemo, type RefObject } from "react";
import { hullPath } from "./hullPath";
import type { NodeMetrics } from "../layout/nodeMetrics";
import type { Size } from "../layout/types";
import type { GraphModel } from "../model/graphModel";
import type { Neighbourhood, Target } from "../model/neighbourhood";
import { tieName } from "../model/tieName";
import { scenarioName, stateInSentence } from "../model/stateWording";
import { roleWords } from "../model/legendWords";
import { countOf } from "../model/countOf";
import { HullMark } from "./HullMark";
import type { SceneElements } from "./morphScene";
import { NodeMark } from "./NodeMark";
import { TieMark } from "./TieMark";

type Props = {
  svgRef: RefObject<SVGSVGElement | null>;
  viewportRef: RefObject<SVGGElement | null>;
  /** Filled with the elements the scene moves. */
  elements: RefObject<SceneElements>;
  ready: boolean;
  size: Size | null;
  metrics: NodeMetrics | null;
  model: GraphModel;
  scenario: string;
  selected: Target | null;
  selectedSet: Neighbourhood | null;
  hotSet: Neighbourhood | null;
  onActivate: (target: Target) => void;
  onHot: (target: Target | null) => void;
  onClear: () => void;
  /** A picture standing still, its positions written into the markup: the prerendered page's. */
  at?: StaticPicture | undefined;
  /** Added to the svg's class (the prerendered page has one svg per preset size). */
  variant?: string | undefined;
  /** Whether to render the link that skips the graph (once per page). */
  skipLink?: boolean;
};

export type StaticPicture = { x: Float64Array; y: Float64Array; opacity: Float64Array; hullPad: Float64Array };

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The graph as SVG: every node and tie an element a keyboard and a screen reader can reach.
 * Rendered when the dataset or what is selected changes, never per frame: the scene moves them.
 */
export const SvgMarks = memo(function SvgMarks({
  svgRef,
  viewportRef,
  elements,
  ready,
  size,
  metrics,
  model,
  scenario,
  selected,
  selectedSet,
  hotSet,
  onActivate,
  onHot,
  onClear,
  at,
  variant,
  skipLink = true,
}: Props) {
  // One ref callback per element for the dataset's life: new callbacks on every render would make
  // every memoized mark render again (a ref is a prop), and React detach and attach them all.
  const refs = useMemo(
    () => ({
      nodes: model.nodes.map((_, i) => (el: SVGGElement | null) => void (elements.current.nodes[i] = el)),
      ties: model.ties.map((_, t) => (el: SVGGElement | null) => void (elements.current.ties[t] = el)),
      // Slots in the order the marks draw them: a line's hit area and focus ring (settled), its
      // stroke and gap; an outline's focus ring (settled), its shape and gap.
      paths: model.ties.map((_, t) => {
        const drawn = (slot: number) => (el: SVGGeometryElement | null) => {
          const paths = (elements.current.paths[t] ??= []);
          paths[slot] = el;
          // A gap appears when the scenario seals the tie: it takes the stroke's place at once.
          const stroke = paths[0];
          if (!el || slot === 0 || !stroke) return;
          for (const name of ["d", "x1", "y1", "x2", "y2"]) {
            const value = stroke.getAttribute(name);
            if (value !== null) el.setAttribute(name, value);
          }
        };
        const settled = (slot: number) => (el: SVGGeometryElement | null) => void ((elements.current.settled[t] ??= [])[slot] = el);
        return model.tieMembers[t]!.length > 2 ? [settled(0), drawn(0), drawn(1)] : [settled(0), settled(1), drawn(0), drawn(1)];
      }),
    }),
    [model, elements],
  );
  const emphasis = (kind: "nodes" | "ties", index: number): "hot" | "dim" | "" => {
    if (hotSet?.[kind].has(index)) return "hot";
    if (selectedSet && !selectedSet[kind].has(index)) return "dim";
    return "";
  };
  const scenarioLabel = scenarioName(model, scenario);
  const common = { onActivate, onHot };

  const ties = model.ties.map((tie, t) => {
    const state = tie.status[scenario] ?? "absent";
    const label = `${tieName(model, t)}, ${tie.kind}: ${stateInSentence(model, scenario, state, t)} under ${scenarioLabel}`;
    const isSelected = selected?.kind === "tie" && selected.index === t;
    const props = { ...common, index: t, id: tie.id, state, label, selected: isSelected, emphasis: emphasis("ties", t) };
    const members = model.tieMembers[t]!;
    if (members.length > 2) {
      const place = at && {
        d: hullPath(
          members.map((i) => [at.x[i]!, at.y[i]!] as const),
          at.hullPad[t]!,
        ),
        opacity: round(at.opacity[t]!),
      };
      return <HullMark key={tie.id} {...props} ref={refs.ties[t]!} pathRefs={refs.paths[t]!} place={place} />;
    }
    const [a, b] = [members[0]!, members[1]!];
    const place = at && {
      x1: round(at.x[a]!),
      y1: round(at.y[a]!),
      x2: round(at.x[b]!),
      y2: round(at.y[b]!),
      opacity: round(at.opacity[t]!),
    };
    return <TieMark key={tie.id} {...props} spoke={model.isSpoke[t]!} ref={refs.ties[t]!} lineRefs={refs.paths[t]!} place={place} />;
  });
  const groups = ties.filter((_, t) => model.tieMembers[t]!.length > 2);
  const pairs = ties.filter((_, t) => model.tieMembers[t]!.length === 2);

  return (
    <>
      {/* Dozens of nodes and ties are tab stops: a keyboard reader may pass them all at once. */}
      {skipLink && (
        <a className="skip-link" href="#details">
          Skip the graph’s {model.nodes.length + model.ties.length} items
        </a>
      )}
      <svg
        ref={svgRef}
        className={`graph__svg${variant ? ` ${variant}` : ""}${selectedSet ? " has-selection" : ""}${ready ? "" : " is-pending"}`}
        width={size?.width}
        height={size?.height}
        viewBox={size ? `0 0 ${size.width} ${size.height}` : undefined}
        role="group"
        aria-label={`Network graph: ${model.nodes.length} countries and organizations, ${model.ties.length} ties`}
        aria-describedby="graph-caption"
        onClick={(event) => {
          if (event.target === svgRef.current) onClear();
        }}
      >
        {metrics && (
          <g ref={viewportRef} className="graph__viewport">
            <g className="graph__groups">{groups}</g>
            <g className="graph__ties">{pairs}</g>
            <g className="graph__nodes">
              {model.nodes.map((node, i) => (
                <NodeMark
                  key={node.id}
                  {...common}
                  ref={refs.nodes[i]!}
                  index={i}
                  node={node}
                  radius={metrics.radius[i]!}
                  text={metrics.label[i]!}
                  fontSize={metrics.fontSize[i]!}
                  label={`${node.label}, ${roleWords(model.dataset, node.role).label.toLowerCase()}, ${countOf(model.tiesOfNode[i]!.length, "tie")}`}
                  selected={selected?.kind === "node" && selected.index === i}
                  emphasis={emphasis("nodes", i)}
                  transform={at && `translate(${round(at.x[i]!)},${round(at.y[i]!)})`}
                />
              ))}
            </g>
          </g>
        )}
      </svg>
    </>
  );
});
