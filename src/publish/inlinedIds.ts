/** The ids of the JSON the published page carries (`<script type="application/json">`, never run). */
export const datasetScriptId = "latticework-dataset";
export const layoutsScriptId = "latticework-layouts";

/** The page of a published folder prerendered as an embed: the snippet's frame. */
export const framePage = "frame.html";
