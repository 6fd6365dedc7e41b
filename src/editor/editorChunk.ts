/** The editor's chunk: what the view uses once editing has started. */
export { EditSession } from "./EditSession";
export { followMarkDrag } from "./followMarkDrag";
