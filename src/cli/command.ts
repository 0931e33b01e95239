// A command of the CLI as data: its name, a one-line summary, its flags with their defaults and help, and what it
// runs. Parsing, usage errors and `--help` are derived from the declaration, so registering a command is one entry.
import { parseArgs } from "node:util";
import { CliError, EXIT, type Output } from "./io";
import { paragraph, WIDTH, wrap } from "./text";

/** A flag (`--name VALUE` or a switch) as declared by a command. */
export interface FlagSpec {
  /** Long name without the dashes. */
  readonly name: string;
  readonly type: "string" | "boolean";
  /** One-letter alias, e.g. "o" for `-o`. */
  readonly short?: string;
  /** How the value is written in help: "ID", "DATE", "N|all"; for a flag with choices, they are. */
  readonly value?: string;
  /** The values the flag takes; any other is a usage error naming them. */
  readonly choices?: readonly string[];
  /**
   * Checks a value before the command runs: what is wrong with it, after the flag's name ('must be a calendar day
   * YYYY-MM-DD, not "2019-02-30"'), or undefined when it is fine. Runs before `choices`.
   */
  readonly check?: (value: string) => string | undefined;
  /**
   * The default as help states it ("3", "table", "the built-in dataset"); a switch defaults to off. For a flag with
   * choices it is one of them, and the value a command takes when the flag is not given.
   */
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
  for (const flag of command.flags) {
    const value = values[flag.name];
    if (typeof value !== "string") continue;
    const problem = flag.check?.(value);
    if (problem !== undefined) throw usage(`--${flag.name} ${problem}`);
    if (flag.choices && !flag.choices.includes(value))
      throw usage(`--${flag.name} ${mustBe(`one of ${flag.choices.join(", ")}`, value)}`);
  }
  return command.run(values, operands, output);
}

/** The problem with a flag's value, as `check` words it: 'must be a whole number, not "x"'. */
export function mustBe(what: string, value: string): string {
  return `must be ${what}, not "${value}"`;
}

/** The value of a flag with choices: the one given, else its declared default. */
export function chosen<const C extends readonly string[]>(
  flag: { readonly choices: C; readonly default: C[number] },
  value: string | undefined,
): C[number] {
  return (value as C[number] | undefined) ?? flag.default;
}

function valueLabel(flag: FlagSpec): string {
  return flag.value ?? flag.choices?.join("|") ?? "VALUE";
}

function flagLabel(flag: FlagSpec): string {
  const long = `--${flag.name}${flag.type === "string" ? ` ${valueLabel(flag)}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}

function flagDefault(flag: FlagSpec): string {
  if (flag.required) return "required";
  if (flag.requiredWith) return `required with ${flag.requiredWith}`;
  if (flag.default !== undefined) return `default: ${flag.default}`;
  return flag.type === "boolean" ? "default: off" : "default: none";
}

/** Lines of `label  text`, the texts aligned and wrapped to 80 columns (a long label gets a line of its own). */
export function table(rows: [string, string][], indent = "  "): string[] {
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
      if (!fresh && line.length + 1 + word.length > WIDTH) {
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
    .map((f) => `--${f.name} ${valueLabel(f)}`)
    .join(" ");
  return ["liaison", command.name, required, "[options]", command.operands?.synopsis ?? ""]
    .filter(Boolean)
    .join(" ");
}

/** `liaison COMMAND --help`: synopsis, summary, operands, and every flag with its default. */
export function commandHelp(command: Command): string {
  const lines = [...wrap(synopsis(command), "usage: ", "         "), "", ...paragraph(command.summary), ""];
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
