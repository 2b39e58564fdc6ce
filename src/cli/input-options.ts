/**
 * The input options `screen` and `inspect` share: one definition, one parser each, so the two
 * commands accept exactly the same spellings.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { FundscreenError } from '../errors.js';
import { parseColumnSpec } from '../holdings/columns.js';
import { delimiterFromName, impossibleDelimiter } from '../holdings/sniff.js';
import { formatsHelp, INPUT_FORMATS } from '../holdings/formats/index.js';

export interface InputFlags {
  inputFormat?: string;
  columns?: Record<string, string>;
  encoding?: string;
  delimiter?: string;
  valueUnit?: 'dollars' | 'thousands';
}

function parseColumnsOption(value: string): Record<string, string> {
  try {
    return parseColumnSpec(value);
  } catch (err) {
    if (err instanceof FundscreenError) throw new InvalidArgumentError(err.message);
    throw err;
  }
}

function parseDelimiterOption(value: string): string {
  const d = delimiterFromName(value);
  if (d === null) throw new InvalidArgumentError('the delimiter must be one character (or "tab")');
  // (screen checks it again with the other settings; inspect reads its flags only.)
  const why = impossibleDelimiter(d);
  if (why) throw new InvalidArgumentError(`${JSON.stringify(d)} cannot be the field delimiter: ${why}`);
  return d;
}

export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--input-format <name>', `force an input layout instead of detecting it from the content: ${INPUT_FORMATS.join(', ')} (listed below)`)
    .option('--columns <map>', 'column mapping for generic files, e.g. issuer=HOLDINGS,ticker=TICKER', parseColumnsOption)
    .option('--encoding <name>', 'force the input encoding (utf8, utf16le, windows-1252, ...)')
    .option('--delimiter <char>', 'force the field delimiter ("," ";" "tab" "|")', parseDelimiterOption)
    .addOption(
      new Option('--value-unit <unit>', '13F VALUE unit when the filing date is unknown (a bare XML file): dollars from 2023-01-03, thousands before')
        .choices(['dollars', 'thousands']),
    )
    .addHelpText('after', `\nInput formats (--input-format; detected from the content when not given):\n${formatsHelp()}`);
}
