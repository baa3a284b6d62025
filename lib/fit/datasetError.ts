/** Data a fit cannot use (a missing column, too few rows, NaN...): the message says what and where, in one line. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatasetError";
  }
}
