export type Size = { width: number; height: number };

/** Node positions by node index, in the container's pixels. */
export type Positions = { x: Float64Array; y: Float64Array };

/** A node's label box relative to the node's centre: what the layouts keep from overlapping. */
export type NodeBox = { left: number; right: number; top: number; bottom: number };
