// The command line: the registered commands, global --help and --version, and failures mapped to exit codes and
// one-line messages.
import packageJson from "../../package.json" with { type: "json" };
import { LiaisonError } from "../model";
import { TooManyRoutes } from "../routing";
import { type Command, runCommand, synopsis, table } from "./command";
import { brokersCommand } from "./commands/brokers";
import { compareCommand } from "./commands/compare";
import { criticalCommand } from "./commands/critical";
import { exportCommand } from "./commands/export";
import { matrixCommand } from "./commands/matrix";
import { routesCommand } from "./commands/routes";
import { showCommand } from "./commands/show";
import { timelineCommand } from "./commands/timeline";
import { validateCommand } from "./commands/validate";
import { CliError, EXIT, type Output, OutputClosed } from "./io";
import { NARROWING } from "./query";
import { paragraph } from "./text";

/** Every command, in the order `liaison --help` lists them. Registering a command is one entry here. */
export const COMMANDS: readonly Command[] = [
  routesCommand,
  validateCommand,
  showCommand,
  exportCommand,
  timelineCommand,
  compareCommand,
  matrixCommand,
  criticalCommand,
  brokersCommand,
];

export const VERSION: string = packageJson.version;

function mainHelp(): string {
  return [
    "usage: liaison COMMAND [options]",
    "",
    ...paragraph(
      "Liaison traces how information on a topic can travel between the parties of intelligence-sharing agreements on a day: by which routes, direct or relayed, and why every other route is blocked; and, over time and across the network, when a pair could share (timeline), what changed between two days (compare), who reaches whom (matrix), what a pair's routes depend on (critical) and who relays for others (brokers).",
    ),
    "",
    "commands:",
    ...table(COMMANDS.map((c) => [c.name, synopsis(c)])),
    "",
    "options:",
    "  -h, --help     show this help; liaison COMMAND --help lists a command's flags",
    "                 with their defaults",
    "      --version  print the version",
    "",
    ...paragraph(
      "Output goes to standard output, messages to standard error. Exit codes: 0 success; 1 invalid data, or no such party, topic or id; 2 usage error.",
    ),
  ].join("\n");
}

/** Run the CLI; returns the exit code. Never throws for bad input. */
export function run(argv: string[], output: Output): number {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    (name ? output.out : output.err)(mainHelp());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version") {
    output.out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    output.err(`error: unknown command "${name}" (try: ${COMMANDS.map((c) => c.name).join(", ")})`);
    return EXIT.usage;
  }
  try {
    return runCommand(command, rest, output);
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT.ok;
    if (error instanceof CliError) {
      for (const line of error.details) output.err(line);
      output.err(`error: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TooManyRoutes) {
      output.err(`error: ${error.inWords(NARROWING)}`);
      return EXIT.usage;
    }
    if (error instanceof LiaisonError) {
      output.err(`error: ${error.message}`);
      return error.code === "usage" ? EXIT.usage : EXIT.invalid;
    }
    // A bug, not bad input: still one line, with the exit code sysexits reserves for internal software errors.
    output.err(`error: internal failure: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}
