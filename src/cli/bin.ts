// Entry point of `npm run cli`: runs the CLI on the process arguments and streams.
import { run } from "./main";

// A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an error to report.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
