/**
 * How long the morph between the two orders takes, ms. The state's timing, not the drawing's: the
 * address waits it out (useUrlSync) and the scene animates over it (graph/morphScene).
 */
export const morphDuration = 800;
