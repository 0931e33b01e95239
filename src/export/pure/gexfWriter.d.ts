// Types for graphology-gexf's writer module, imported alone because its package entries also load an XML parser.
declare module "graphology-gexf/browser/writer.js" {
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  import type { AbstractGraph, Attributes } from "graphology-types";

  function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: AbstractGraph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
  export = write;
}
