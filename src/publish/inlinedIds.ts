/** The ids of the JSON the published page carries (`<script type="application/json">`, never run). */
export const datasetScriptId = "latticework-dataset";
export const layoutsScriptId = "latticework-layouts";
