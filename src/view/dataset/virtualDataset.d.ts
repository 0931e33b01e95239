// The built-in dataset, validated at build time by build/datasetPlugin.ts.
declare module "virtual:liaison-dataset" {
  const dataset: import("../../model").Dataset;
  export default dataset;
}
