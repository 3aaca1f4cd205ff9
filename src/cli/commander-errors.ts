import type { CommanderError } from 'commander';
import { messagesFor } from '../i18n/messages/index.js';
import type { Language } from '../model/budget.js';

/** commander's suggestion line, `(Did you mean --format?)` or `(Did you mean one of a, b?)`. */
const suggested = String.raw`(?:\n\(Did you mean (?:one of )?(.*)\?\))?`;

/**
 * commander's own errors (an unknown option or command, a missing or excess argument), said by
 * their code in the user's language. commander makes them in English; the code picks the
 * template and the English text gives the names in it (commander 15's wording, pinned by the
 * tests). An error of another code, or a text that does not read as expected, is said as commander
 * wrote it.
 */
export function sayCommanderError(error: CommanderError, language: Language): string {
  const words = messagesFor(language).usage;
  const said = (text: string) => `${words.commanderError}: ${text}`;
  const near = (list: string | undefined) => (list === undefined ? [] : list.split(', '));
  const read = (pattern: string) => new RegExp(`^error: ${pattern}$`, 's').exec(error.message);
  switch (error.code) {
    case 'commander.unknownOption': {
      const match = read(`unknown option '(.*?)'${suggested}`);
      if (match) return said(words.unknownOption({ option: match[1] ?? '', near: near(match[2]) }));
      break;
    }
    case 'commander.unknownCommand': {
      const match = read(`unknown command '(.*?)'${suggested}`);
      if (match) return said(words.unknownCommand({ command: match[1] ?? '', near: near(match[2]) }));
      break;
    }
    case 'commander.missingArgument': {
      const match = read(`missing required argument '(.*)'`);
      if (match) return said(words.missingArgument({ argument: match[1] ?? '' }));
      break;
    }
    case 'commander.optionMissingArgument': {
      const match = read(`option '(.*)' argument missing`);
      if (match) return said(words.optionMissingArgument({ option: match[1] ?? '' }));
      break;
    }
    case 'commander.missingMandatoryOptionValue': {
      const match = read(`required option '(.*)' not specified`);
      if (match) return said(words.missingMandatoryOption({ option: match[1] ?? '' }));
      break;
    }
    case 'commander.excessArguments': {
      const match = read(
        String.raw`too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+): (.*)\.`,
      );
      if (match) {
        const [, command, expected, received, details] = match;
        return said(
          words.excessArguments({
            ...(command === undefined ? {} : { command }),
            expected: Number(expected),
            received: Number(received),
            details: details ?? '',
          }),
        );
      }
      break;
    }
  }
  return error.message;
}
