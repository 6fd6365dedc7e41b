/**
 * The width the chart will have, measured before the first render on a stand-in with the page's
 * own classes (app › layout › chart-column › chart-frame). Rendering the chart at once at that
 * width spares the first view a render without the chart and a second layout of the page with it
 * (see useChartDimensions). A wrong guess costs only what not guessing did: the chart is measured
 * again before the first paint and rendered at its real width.
 */
let widthPx: number | undefined;

export function measureChartWidthAtStart(root: HTMLElement, embed: boolean): void {
  const element = (tag: string, className: string, parent: HTMLElement) => {
    const child = document.createElement(tag);
    child.className = className;
    parent.append(child);
    return child;
  };
  const app = element("div", embed ? "app is-embed" : "app", root);
  const frame = element("div", "chart-frame", element("div", "chart-column", element("main", "layout", app)));
  // The explorer's page is taller than the window: measured with the scrollbar it will have
  // (where scrollbars take room). An embed is sized to its content, with none.
  const html = document.documentElement;
  const overflowY = html.style.overflowY;
  if (!embed) html.style.overflowY = "scroll";
  const measured = frame.getBoundingClientRect().width;
  html.style.overflowY = overflowY;
  app.remove();
  widthPx = measured > 0 ? Math.round(measured) : undefined;
}

/** The width measured before the first render; undefined when it was not (tests) or measured 0. */
export function chartWidthAtStart(): number | undefined {
  return widthPx;
}
