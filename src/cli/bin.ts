// Entry point of the `liaison` command (bundled into dist-cli/liaison.mjs) and of `npm run cli`: runs the CLI on
// the process arguments, writing each line as it comes.
import { writeSync } from "node:fs";
import { OutputClosed } from "./io";
import { run } from "./main";

/** Wait a moment for a full non-blocking pipe to drain. */
function pause() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}

/**
 * A line writer on a file descriptor, synchronous so that a long answer streams without piling up in memory. A
 * reader that stops early (`| head`) closes the pipe: that is the reader's choice, and the command stops quietly.
 */
function lines(fd: number): (text: string) => void {
  return (text) => {
    const data = Buffer.from(`${text}\n`, "utf8");
    let written = 0;
    while (written < data.length) {
      try {
        written += writeSync(fd, data, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") pause();
        else if (code === "EPIPE") throw new OutputClosed();
        else throw error;
      }
    }
  };
}

try {
  process.exitCode = run(process.argv.slice(2), { out: lines(1), err: lines(2) });
} catch (error) {
  // Only a closed standard error gets here (run reports everything else); there is no one left to tell.
  if (!(error instanceof OutputClosed)) throw error;
}
