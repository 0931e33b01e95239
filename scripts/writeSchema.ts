// Writes graph-data/liaison.schema.json from the zod schema; a test checks the committed file is current.
import { writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../src/model/jsonSchema";

const target = new URL("../graph-data/liaison.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
