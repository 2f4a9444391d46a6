import { InputError } from '#domain';

// A roster that cannot be read at all (unknown format, YAML syntax error, CSV header without the roster
// columns) fails as a whole: importing part of a roster would silently misattribute the rest.
export class RosterFileError extends InputError {
  override readonly name = 'RosterFileError';

  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: cannot read roster: ${problem}`);
  }
}
