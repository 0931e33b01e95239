// The one place that registers Cytoscape extensions; every other module takes cytoscape from here.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

export { cytoscape };
