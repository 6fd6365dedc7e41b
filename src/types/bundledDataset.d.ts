/**
 * The address of data/events.json, validated and its dates parsed at build time
 * (scripts/embedBuild.ts): a file of the build, or a data: URL in the dev server and the tests.
 */
declare module "virtual:bundled-dataset" {
  const url: string;
  export default url;
}
