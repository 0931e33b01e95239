// A command of the CLI as data: its name, a one-line summary, its flags with their defaults and help, and what it
// runs. Parsing, usage errors and `--help` are derived from the declaration, so registering a command is one entry.
import { parseArgs } from "node:util";
import { CliError, EXIT, type Output } from "./io";

/** A flag (`--name VALUE` or a switch) as declared by a command. */
export interface FlagSpec {
  /** Long name without the dashes. */
  readonly name: string;
  readonly type: "string" | "boolean";
  /** One-letter alias, e.g. "o" for `-o`. */
  readonly short?: string;
  /** How the value is written in help: "ID", "DATE", "N|all". */
  readonly value?: string;
  /** The default as help states it ("3", "table", "the built-in dataset"); a switch defaults to off. */
  readonly default?: string;
  /** A required flag is checked before the command runs; help says "required" instead of a default. */
  readonly required?: boolean;
  /** When the flag is required in some uses only, which: help says "required with …" (the command checks it). */
  readonly requiredWith?: string;
  readonly help: string;
}

/** The parsed values of a command's flags, typed from its declaration. */
export type FlagValues<F extends readonly FlagSpec[]> = {
  [K in F[number] as K["name"]]?: K["type"] extends "boolean" ? boolean : string;
};

export interface CommandSpec<F extends readonly FlagSpec[]> {
  readonly name: string;
  /** One line for `liaison --help`. */
  readonly summary: string;
  /** Operands after the flags: how help writes them, the most the command takes, and what they are. */
  readonly operands?: { readonly synopsis: string; readonly max: number; readonly help: string };
  readonly flags: F;
  /** Run with parsed and checked flags; returns the exit code. Throws CliError for what the user should fix. */
  run(values: FlagValues<F>, operands: string[], output: Output): number;
}

/** A registered command, its flag types erased. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly operands?: { readonly synopsis: string; readonly max: number; readonly help: string };
  readonly flags: readonly FlagSpec[];
  run(values: Record<string, string | boolean | undefined>, operands: string[], output: Output): number;
}

/** Declare a command; its flags' values are typed from `flags`. */
export function defineCommand<const F extends readonly FlagSpec[]>(spec: CommandSpec<F>): Command {
  return spec as unknown as Command;
}

const HELP_FLAG: FlagSpec = { name: "help", short: "h", type: "boolean", help: "show this help and exit" };

/** Parse `args` for `command` and run it: `--help` prints help; unknown flags, missing required flags and extra operands are usage errors (exit 2). */
export function runCommand(command: Command, args: string[], output: Output): number {
  const usage = (message: string) => new CliError(`${command.name}: ${message}`, EXIT.usage);
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const flag of [...command.flags, HELP_FLAG]) {
    options[flag.name] = flag.short ? { type: flag.type, short: flag.short } : { type: flag.type };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage((error as Error).message.split("\n")[0]!);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    output.out(commandHelp(command));
    return EXIT.ok;
  }
  const operands = parsed.positionals;
  if (operands.length > (command.operands?.max ?? 0)) {
    throw usage(`unexpected argument ${operands[command.operands?.max ?? 0]}`);
  }
  for (const flag of command.flags) {
    if (flag.required && values[flag.name] === undefined) throw usage(`missing --${flag.name}`);
  }
  return command.run(values, operands, output);
}

function flagLabel(flag: FlagSpec): string {
  const long = `--${flag.name}${flag.type === "string" ? ` ${flag.value ?? "VALUE"}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}

function flagDefault(flag: FlagSpec): string {
  if (flag.required) return "required";
  if (flag.requiredWith) return `required with ${flag.requiredWith}`;
  if (flag.default !== undefined) return `default: ${flag.default}`;
  return flag.type === "boolean" ? "default: off" : "default: none";
}

/** Lines of `label  text`, the texts aligned and wrapped to 80 columns (a long label gets a line of its own). */
function table(rows: [string, string][], indent = "  "): string[] {
  const width = Math.min(28, Math.max(...rows.map(([label]) => label.length)) + 2);
  const pad = " ".repeat(indent.length + width);
  const lines: string[] = [];
  for (const [label, text] of rows) {
    const head = `${indent}${label}`;
    let line = pad;
    if (head.length < pad.length) line = head.padEnd(pad.length);
    else lines.push(head);
    let fresh = true;
    for (const word of text.split(" ")) {
      if (!fresh && line.length + 1 + word.length > 80) {
        lines.push(line);
        line = pad;
        fresh = true;
      }
      line += (fresh ? "" : " ") + word;
      fresh = false;
    }
    lines.push(line);
  }
  return lines;
}

/** The synopsis of a command: required flags spelled out, the rest as [options], then the operands. */
export function synopsis(command: Command): string {
  const required = command.flags
    .filter((f) => f.required)
    .map((f) => `--${f.name} ${f.value ?? "VALUE"}`)
    .join(" ");
  return ["liaison", command.name, required, "[options]", command.operands?.synopsis ?? ""]
    .filter(Boolean)
    .join(" ");
}

/** A paragraph wrapped to 80 columns. */
export function paragraph(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > 80) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `liaison COMMAND --help`: synopsis, summary, operands, and every flag with its default. */
export function commandHelp(command: Command): string {
  const lines = [`usage: ${synopsis(command)}`, "", ...paragraph(command.summary), ""];
  if (command.operands) {
    lines.push("operands:", ...table([[command.operands.synopsis, command.operands.help]]), "");
  }
  lines.push(
    "options:",
    ...table(
      [...command.flags, HELP_FLAG].map((flag) => [
        flagLabel(flag),
        flag === HELP_FLAG ? flag.help : `${flag.help} (${flagDefault(flag)})`,
      ]),
    ),
  );
  return lines.join("\n");
}
