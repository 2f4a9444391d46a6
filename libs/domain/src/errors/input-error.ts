/**
 * An error about what a person gave the product (a file, an option, a setting), not a fault of the product:
 * its message already says what is wrong and where (file, line, field). The command line prints only the
 * message for these; a stack trace would bury it. Subclass it for each kind of input.
 */
export class InputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}
