export { toOurJson, exportFileName, DEFAULT_SCHEMA_REF, type OurJsonOptions } from "./toOurJson";
export { toTimelineJs, toTimelineJsObject, type TimelineJsFile, type TimelineJsSlide } from "./toTimelineJs";
