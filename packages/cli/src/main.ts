/**
 * `konzept`: a thin shell over @konzept-kit/sdk. This module reads the command line, picks the
 * command from the table and turns failures into a message and an exit code; the commands read
 * files and print, the SDK does the work.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BilingualText } from '@konzept-kit/sdk';
import type { Command, OptionsConfig } from './command.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { schemaCommand } from './commands/schema.js';
import { statsCommand } from './commands/stats.js';
import { validateCommand } from './commands/validate.js';
import { CliError, EXIT, UsageError } from './errors.js';
import { processIo, type Io } from './io.js';
import { LANGS, resolveLang, type Lang } from './lang.js';

/** Every subcommand, in the order the help lists them. */
const COMMANDS: readonly Command[] = [validateCommand, statsCommand, diffCommand, importCommand, exportCommand, schemaCommand];

const GLOBAL_OPTIONS: OptionsConfig = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

const GLOBAL_HELP: BilingualText = {
  de: `Optionen für alle Befehle:
  --lang de|en    Sprache der Ausgabe (Standard de; LANG=en_… wählt Englisch)
  -h, --help      Hilfe; konzept BEFEHL --help zeigt die Hilfe zu einem Befehl
  -v, --version   Version ausgeben`,
  en: `Options for every command:
  --lang de|en    language of the output (default de; LANG=en_… chooses English)
  -h, --help      help; konzept COMMAND --help shows the help for a command
  -v, --version   print the version`,
};

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Both languages, the reader's first: a German default must not lock out an English reader. */
function bilingual(render: (lang: Lang) => string, lang: Lang): string {
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  return `${order.map(render).join('\n\n────────\n\n')}\n`;
}

function mainHelp(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return bilingual(
    (l) =>
      [
        l === 'de' ? 'konzept – Integrationskonzepte prüfen, auswerten und vergleichen' : 'konzept – check, evaluate and compare integration concepts',
        '',
        l === 'de' ? 'Aufruf: konzept BEFEHL [OPTIONEN] [DATEIEN]' : 'Usage: konzept COMMAND [OPTIONS] [FILES]',
        '',
        l === 'de' ? 'Befehle:' : 'Commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}   ${c.summary[l]}`),
        '',
        GLOBAL_HELP[l],
      ].join('\n'),
    lang,
  );
}

function commandHelp(command: Command, lang: Lang): string {
  return bilingual(
    (l) => [`${l === 'de' ? 'Aufruf' : 'Usage'}: ${command.usage[l]}`, '', `${command.summary[l]}.`, '', command.details[l], '', GLOBAL_HELP[l]].join('\n'),
    lang,
  );
}

/**
 * Parses with `strict: false` and then checks every option against `options` ourselves, so the
 * messages are ours (and bilingual) rather than Node's English with a hint about `--`.
 */
function parse(args: readonly string[], options: OptionsConfig) {
  const parsed = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const config = options[token.name];
    if (!config) {
      throw new UsageError({ de: `Unbekannte Option ${token.rawName}.`, en: `Unknown option ${token.rawName}.` });
    }
    if (config.type === 'string' && token.value === undefined) {
      throw new UsageError({ de: `${token.rawName} braucht einen Wert.`, en: `${token.rawName} needs a value.` });
    }
    if (config.type === 'boolean' && token.inlineValue) {
      throw new UsageError({ de: `${token.rawName} nimmt keinen Wert.`, en: `${token.rawName} takes no value.` });
    }
  }
  return parsed;
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const names = COMMANDS.map((c) => c.name).join(', ');
  throw new UsageError({ de: `Unbekannter Befehl "${name}". Befehle: ${names}.`, en: `Unknown command "${name}". Commands: ${names}.` });
}

/** What an error message needs to know about the run so far. */
interface RunState {
  lang: Lang;
  command?: string;
}

async function dispatch(argv: readonly string[], io: Io, state: RunState): Promise<number> {
  // First pass: only the global options and the command's name (its first positional argument).
  const global = parseArgs({ args: [...argv], options: GLOBAL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const lang = resolveLang(typeof global.values.lang === 'string' ? global.values.lang : undefined, io.env);
  state.lang = lang;
  const print = (text: string) => {
    io.out(text);
    return EXIT.ok;
  };
  const nameToken = global.tokens.find((t) => t.kind === 'positional');
  if (!nameToken) {
    if (global.values.version) return print(`konzept ${version()}\n`);
    if (global.values.help) return print(mainHelp(lang));
    io.err(mainHelp(lang));
    return EXIT.usage;
  }
  const rest = argv.filter((_, i) => i !== nameToken.index);
  if (nameToken.value === 'help') {
    const topic = rest.find((arg) => !arg.startsWith('-'));
    return print(topic ? commandHelp(findCommand(topic), lang) : mainHelp(lang));
  }
  const command = findCommand(nameToken.value);
  state.command = command.name;
  const { values, positionals } = parse(rest, { ...GLOBAL_OPTIONS, ...command.options });
  if (values.help) return print(commandHelp(command, lang));
  if (values.version) return print(`konzept ${version()}\n`);
  return command.run({ positionals, values, lang, io });
}

/** Runs `konzept` with these arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const state: RunState = { lang: 'de' };
  try {
    state.lang = resolveLang(undefined, io.env);
    return await dispatch(argv, io, state);
  } catch (error) {
    const { lang } = state;
    if (error instanceof CliError) {
      io.err(`konzept: ${error.text[lang]}\n`);
      const help = state.command ? `konzept ${state.command} --help` : 'konzept --help';
      if (error instanceof UsageError) io.err(lang === 'de' ? `Hilfe: ${help}\n` : `Help: ${help}\n`);
      return error.exitCode;
    }
    // A bug of ours: say so in one line; the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.err(lang === 'de' ? `konzept: interner Fehler: ${message}\n` : `konzept: internal error: ${message}\n`);
    if (io.env.KONZEPT_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return EXIT.invalid;
  }
}
