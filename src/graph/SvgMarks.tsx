import { memo, useCallback, useMemo, useRef, useState, type FocusEvent, type PointerEvent, type Ref, type RefObject } from "react";
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
import type { Direction } from "./nearestInDirection";
import type { SceneElements } from "./morphScene";
import { NodeMark } from "./NodeMark";
import { TieMark } from "./TieMark";

type Props = {
  svgRef: Ref<SVGSVGElement>;
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
  /** The mark an arrow key leads to from `from`, or null if none lies that way. */
  nextMark?: ((from: Target, direction: Direction) => Target | null) | undefined;
};

const sameTarget = (a: Target | null, b: Target | null) => a?.kind === b?.kind && a?.index === b?.index;
const nowhere = () => null;

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
  nextMark = nowhere,
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
        return (model.tieMembers[t]?.length ?? 0) > 2 ? [settled(0), drawn(0), drawn(1)] : [settled(0), settled(1), drawn(0), drawn(1)];
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

  // Roving tabindex: the graph is one Tab stop, the mark last focused (or else the one selected,
  // or else the first node); arrow keys move among marks. A new selection takes the stop.
  const [roved, setRoved] = useState<{ to: Target; under: Target | null } | null>(null);
  const stop: Target = roved && roved.under === selected ? roved.to : (selected ?? { kind: "node", index: 0 });
  const onArrow = useCallback(
    (from: Target, direction: Direction) => {
      const next = nextMark(from, direction);
      if (!next) return;
      setRoved({ to: next, under: selected });
      (next.kind === "node" ? elements.current.nodes : elements.current.ties)[next.index]?.focus();
    },
    [nextMark, selected, elements],
  );
  const targetOf = (element: EventTarget): Target | null => {
    const mark = element instanceof Element ? element.closest("[data-mark-id]") : null;
    const id = mark?.getAttribute("data-mark-id");
    if (!mark || id == null) return null;
    const index = (mark.hasAttribute("data-tie-id") ? model.tieIndex : model.nodeIndex).get(id);
    if (index === undefined) return null;
    return { kind: mark.hasAttribute("data-tie-id") ? "tie" : "node", index };
  };
  const onFocus = (event: FocusEvent) => {
    const target = targetOf(event.target);
    if (target && !sameTarget(target, stop)) setRoved({ to: target, under: selected });
  };

  // A desktop pointer's tooltip names the country or tie under it. Written straight to the
  // element: its position follows the pointer, which is not React's to re-render.
  const tip = useRef<HTMLDivElement>(null);
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const element = tip.current;
    if (!element) return;
    const target = event.pointerType === "mouse" ? targetOf(event.target) : null;
    element.hidden = !target;
    if (!target) return;
    element.textContent = target.kind === "node" ? (model.nodes[target.index]?.label ?? "") : tieName(model, target.index);
    const box = event.currentTarget.getBoundingClientRect();
    element.style.left = `${event.clientX - box.left}px`;
    element.style.top = `${event.clientY - box.top}px`;
  };
  const hideTip = () => {
    if (tip.current) tip.current.hidden = true;
  };

  const common = { onActivate, onHot, onArrow };

  const at2 = (p: Float64Array, i: number) => round(p[i] ?? 0);
  const ties = model.ties.map((tie, t) => {
    const state = tie.status[scenario] ?? "absent";
    const label = `${tieName(model, t)}, ${tie.kind}: ${stateInSentence(model, scenario, state, t)} under ${scenarioLabel}`;
    const target: Target = { kind: "tie", index: t };
    const props = {
      ...common,
      index: t,
      id: tie.id,
      state,
      label,
      selected: sameTarget(selected, target),
      emphasis: emphasis("ties", t),
      tabbable: sameTarget(stop, target),
    };
    const members = model.tieMembers[t] ?? [];
    if (members.length > 2) {
      const place = at && {
        d: hullPath(
          members.map((i) => [at.x[i] ?? 0, at.y[i] ?? 0] as const),
          at.hullPad[t] ?? 0,
        ),
        opacity: at2(at.opacity, t),
      };
      return { group: true, mark: <HullMark key={tie.id} {...props} ref={refs.ties[t]} pathRefs={refs.paths[t] ?? []} place={place} /> };
    }
    const [a = 0, b = 0] = members;
    const place = at && { x1: at2(at.x, a), y1: at2(at.y, a), x2: at2(at.x, b), y2: at2(at.y, b), opacity: at2(at.opacity, t) };
    return {
      group: false,
      mark: (
        <TieMark
          key={tie.id}
          {...props}
          spoke={model.isSpoke[t] ?? false}
          ref={refs.ties[t]}
          lineRefs={refs.paths[t] ?? []}
          place={place}
        />
      ),
    };
  });
  const groups = ties.filter((tie) => tie.group).map((tie) => tie.mark);
  const pairs = ties.filter((tie) => !tie.group).map((tie) => tie.mark);

  return (
    <>
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
          if (event.target === event.currentTarget) onClear();
        }}
        onFocus={onFocus}
        onPointerMove={onPointerMove}
        onPointerLeave={hideTip}
      >
        {metrics && (
          <g ref={viewportRef} className="graph__viewport">
            <g className="graph__groups">{groups}</g>
            <g className="graph__ties">{pairs}</g>
            <g className="graph__nodes">
              {model.nodes.map((node, i) => {
                const text = metrics.label[i] ?? "";
                // The name begins with the label as shown (a short one, on a phone), so a voice
                // command can say what it sees (WCAG 2.5.3); the full name follows if it differs.
                const name = text && text !== node.label ? `${text} (${node.label})` : node.label;
                const target: Target = { kind: "node", index: i };
                return (
                  <NodeMark
                    key={node.id}
                    {...common}
                    ref={refs.nodes[i]}
                    index={i}
                    node={node}
                    radius={metrics.radius[i] ?? 0}
                    text={text}
                    fontSize={metrics.fontSize[i] ?? 0}
                    label={`${name}, ${roleWords(model.dataset, node.role).label.toLowerCase()}, ${countOf(model.tiesOfNode[i]?.length ?? 0, "tie")}`}
                    selected={sameTarget(selected, target)}
                    emphasis={emphasis("nodes", i)}
                    tabbable={sameTarget(stop, target)}
                    transform={at && `translate(${at2(at.x, i)},${at2(at.y, i)})`}
                  />
                );
              })}
            </g>
          </g>
        )}
      </svg>
      <div ref={tip} className="graph__tip" aria-hidden="true" hidden />
    </>
  );
});
