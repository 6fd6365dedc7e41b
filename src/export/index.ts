export { toOurJson, DEFAULT_SCHEMA_REF, type OurJsonOptions } from "./toOurJson";
export { exportFileName } from "./fileName";
export { downloadBlob } from "./download";
export { toTimelineJs, toTimelineJsObject, type TimelineJsFile, type TimelineJsSlide } from "./toTimelineJs";
