// Entry point of `npm run cli`: runs the CLI on the process arguments and streams.
import { run } from "./main";

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
