/** An API error: the HTTP status, the field it is about and a one-line message the page shows beside that field. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 413 | 415 | 422 | 500 | 502,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, null, `no such ${what}`);
