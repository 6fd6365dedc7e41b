/**
 * React's API, run by Preact. The app is written against React (its hooks, its JSX props, its types
 * from @types/react), and `vite.config.ts` points `react` and `react-dom` here: Preact's compat layer
 * does the same work in 8 KB gzip where react-dom took 64 KB (issue 8's budget for the default
 * view is 100 KB). Where the two differ in a way the app relies on, React's behaviour is restored
 * below, each with a test.
 */
import { options } from "preact";

// @ts-expect-error: compat's type file says `export =`, but the module it describes is ES with named
// exports; the app's types come from @types/react in any case.
export * from "preact/compat";
export { default } from "preact/compat";

// SVG attributes are case-sensitive and React writes `tabIndex` as `tabindex`; Preact would set an
// attribute literally named `tabIndex` on an SVG element, and the timeline's marks could not take
// focus. On HTML elements Preact sets `tabindex` as an attribute anyway, so the rename is the same
// there.
const previousVNodeHook = options.vnode;
options.vnode = (vnode) => {
  previousVNodeHook?.(vnode);
  const props = vnode.props as Record<string, unknown> | null;
  if (typeof vnode.type === "string" && props && "tabIndex" in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
};
