// The error answers every part of the stub throws: a status, a JSON body, extra headers. Kept
// apart from the handlers' types so that the request pipeline and the failed-auth lock can
// refuse without importing the handlers.

/** An error answer: thrown by handlers, sent as its status and body. */
export class HttpError extends Error {
  constructor(
    /** The HTTP status to answer with. */
    readonly status: number,
    /** The JSON body, e.g. `{ detail }` or DRF field errors; its `detail` is the message. */
    readonly body: Record<string, unknown>,
    /** Extra response headers, e.g. `WWW-Authenticate` or `Retry-After`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.detail === "string" ? body.detail : `HTTP ${status}`);
  }
}

export const notFound = (detail = "Not found.") => new HttpError(404, { detail });
export const forbidden = (detail = "You do not have permission to perform this action.") =>
  new HttpError(403, { detail });
export const invalid = (errors: Record<string, string[]>) => new HttpError(400, errors);
