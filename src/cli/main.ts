import { analyzePaths } from './analyze-command.ts';
import { CLI_ERRORS } from './errors.ts';
import { formatText } from './report.ts';

export interface Streams {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/** Exit codes: 0 all inputs used; 1 some input was bad (reported on stderr); 2 bad invocation. */
export async function main(argv: readonly string[], io: Streams): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io[command === undefined ? 'err' : 'out'].write(`${CLI_ERRORS.usage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'analyze') return fail(io, `${CLI_ERRORS.unknownCommand(command)}\n${CLI_ERRORS.usage}`);
  const json = rest.includes('--json');
  const unknown = rest.find((arg) => arg.startsWith('--') && arg !== '--json');
  if (unknown) return fail(io, `${CLI_ERRORS.unknownOption(unknown)}\n${CLI_ERRORS.usage}`);
  const paths = rest.filter((arg) => arg !== '--json');
  if (!paths.length) return fail(io, `${CLI_ERRORS.noPaths}\n${CLI_ERRORS.usage}`);
  try {
    const { report, errors } = await analyzePaths(paths);
    for (const line of errors) io.err.write(`crosscheck: ${line}\n`);
    io.out.write(json ? `${JSON.stringify(report)}\n` : `${formatText(report)}\n`);
    return errors.length ? 1 : 0;
  } catch (error) {
    // A bug, not bad input: still one clear line, never a stack trace.
    io.err.write(`crosscheck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 3;
  }
}

function fail(io: Streams, message: string): number {
  io.err.write(`crosscheck: ${message}\n`);
  return 2;
}
