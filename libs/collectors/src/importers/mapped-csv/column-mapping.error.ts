import { InputError } from '#domain';

// A mapping that cannot be read fails as a whole, naming the line: importing with half a mapping would store
// rows under the wrong roles.
export class ColumnMappingError extends InputError {
  override readonly name = 'ColumnMappingError';

  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: cannot use the column mapping: ${problem}`);
  }
}
