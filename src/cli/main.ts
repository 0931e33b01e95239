// The command line: parse arguments, run a command, map failures to exit codes and one-line messages.
import { parseArgs } from "node:util";
import { LiaisonError } from "../model";
import { ANALYSIS_USAGE } from "./analysisFlags";
import { BROKERS_USAGE, brokersCommand } from "./commands/brokers";
import { COMPARE_USAGE, compareCommand } from "./commands/compare";
import { CRITICAL_USAGE, criticalCommand } from "./commands/critical";
import { exportCommand } from "./commands/export";
import { IMAGE_USAGE } from "./commands/exportImage";
import { MATRIX_USAGE, matrixCommand } from "./commands/matrix";
import { routes } from "./commands/routes";
import { show } from "./commands/show";
import { TIMELINE_USAGE, timelineCommand } from "./commands/timeline";
import { validate } from "./commands/validate";
import { CliError, EXIT, type Output } from "./io";
import { QUERY_OPTIONS } from "./query";

const USAGE = `usage: liaison <command> [options]

commands:
  routes --from ID --to ID --topic ID --at DATE [--max-hops N] [--allow-consent-relay]
         [--disable ID,ID] [--data PATH] [--format table|json]
  validate [PATH]        check a dataset file or folder (default: the built-in dataset)
  show [--data PATH]     summarise a dataset
  export --format json|gexf|graphml|csv [--at DATE] [-o FILE] [--data PATH]
  export --format svg|png [--from ID --to ID --topic ID] [--at DATE] [--route KEY|N] [-o FILE] [--data PATH]
         ${IMAGE_USAGE}
  ${[TIMELINE_USAGE, COMPARE_USAGE, MATRIX_USAGE, CRITICAL_USAGE, BROKERS_USAGE, ANALYSIS_USAGE].join("\n  ")}`;

type Command = (args: string[], output: Output) => number;

function parse<T extends Record<string, { type: "string" | "boolean"; short?: string }>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message.split("\n")[0]!, EXIT.usage);
  }
}

/** Commands by name. Each parses its own options so that unknown flags are usage errors. */
export const COMMANDS: Record<string, Command> = {
  routes: (args, output) => {
    const { values, positionals } = parse(args, {
      ...QUERY_OPTIONS,
      data: { type: "string" },
      format: { type: "string" },
    });
    if (positionals.length > 0)
      throw new CliError(`routes: unexpected argument ${positionals[0]}`, EXIT.usage);
    return routes(values, output);
  },
  validate: (args, output) => validate(parse(args, {}).positionals, output),
  show: (args, output) => {
    const { values, positionals } = parse(args, { data: { type: "string" } });
    if (positionals.length > 0) throw new CliError(`show: unexpected argument ${positionals[0]}`, EXIT.usage);
    return show(values, output);
  },
  export: exportCommand,
  timeline: timelineCommand,
  compare: compareCommand,
  matrix: matrixCommand,
  critical: criticalCommand,
  brokers: brokersCommand,
};

/** Run the CLI; returns the exit code. Never throws for bad input. */
export function run(argv: string[], output: Output): number {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    (name ? output.out : output.err)(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    output.err(`error: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(", ")})`);
    return EXIT.usage;
  }
  try {
    return command(rest, output);
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.details) output.out(line);
      output.err(`error: ${error.message}`);
      return error.exitCode;
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
