/**
 * A mistake the user can fix (bad option, bad script, missing tool). The CLI prints its message alone,
 * without a stack trace, and exits with code 2.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
