/**
 * The layers of src/, lowest first: a module may import from its own layer and the ones below it,
 * never from above. `npm test` runs this (npm run lint:layers). ARCHITECTURE.md explains each layer.
 *
 *   domain                    pure data model, dates, validation
 *   import · extract · export  file formats in, article text in, files out (pure, or the DOM only;
 *                             export may use import's knowledge of a format)
 *   layout                    pure geometry: scales, lanes, rows, labels, the chart model
 *   state                     view state and the address (URL) it lives in
 *   hooks                     React hooks tied to no feature
 *   chart                     the SVG timeline and its canvas layer
 *   components                the pieces of a view: details, filters, list, legend, …
 *   library                   the reader's timelines kept in the browser (IndexedDB), its view
 *                             and share links: below the features, so each can add to it
 *   data · presentation · embed · editor   features: opening data, presenting, embedding, editing (never each other)
 *   app                       the views that compose them, and the page's entry
 */
const layers = [
  ["domain"],
  ["import", "extract", "export"],
  ["layout"],
  ["state"],
  ["hooks"],
  ["chart"],
  ["components"],
  ["library"],
  ["data", "presentation", "embed", "editor"],
  ["app"],
];
const folder = (name) => `^src/${name}/`;
const any = (names) => `^src/(${names.join("|")})/`;

const upward = layers.flatMap((layer, i) => {
  const above = layers.slice(i + 1).flat();
  if (above.length === 0) return [];
  return [
    {
      name: `no-upward-from-${layer.join("-")}`,
      comment: `${layer.join(", ")} may not import from a higher layer (${above.join(", ")})`,
      severity: "error",
      from: { path: any(layer) },
      to: { path: any(above) },
    },
  ];
});

const features = ["data", "presentation", "embed", "editor"];
const betweenFeatures = features.map((feature) => ({
  name: `no-${feature}-into-other-features`,
  comment: `the ${feature} feature may not import another feature's code: what two features share belongs in a lower layer`,
  severity: "error",
  from: { path: folder(feature) },
  to: { path: any(features.filter((f) => f !== feature)) },
}));

// Within the first tier: exporters may use the importers' knowledge of a format (writing
// TimelineJS dates as the importer reads them); nothing else crosses.
const siblings = [
  { name: "import", may: [] },
  { name: "extract", may: [] },
  { name: "export", may: ["import"] },
].map(({ name, may }) => ({
  name: `no-${name}-into-siblings`,
  comment: `${name} may import domain${may.length ? ` and ${may.join(", ")}` : ""}, not the other file-format modules`,
  severity: "error",
  from: { path: folder(name) },
  to: { path: any(["import", "extract", "export"].filter((n) => n !== name && !may.includes(n))) },
}));

module.exports = {
  forbidden: [
    ...upward,
    ...betweenFeatures,
    ...siblings,
    {
      name: "no-circular",
      comment: "import cycles make load order and layering unclear",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "cli-is-node-only",
      comment: "the command line may use the pure layers, not the browser app",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: any(["state", "hooks", "chart", "components", "data", "presentation", "embed", "app"]) },
    },
    {
      name: "no-orphans",
      comment: "a module nothing imports is dead code",
      severity: "error",
      from: { orphan: true, path: "^src/", pathNot: ["\\.d\\.ts$", "^src/main\\.tsx$", "^src/cli/extract-events\\.ts$", "^src/embed/embedScript\\.ts$", "^src/data/dataPageStart\\.ts$"] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.css$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
