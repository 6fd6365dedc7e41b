/**
 * data/events.json, validated and its dates parsed at build time (scripts/embedBuild.ts). Typed
 * where it is used (BundledDataset in app/useTimelineData.ts): an ambient module cannot import
 * the app's types by relative path, and a type that silently became `any` here checked nothing.
 */
declare module "virtual:bundled-dataset" {
  const result: unknown;
  export default result;
}
