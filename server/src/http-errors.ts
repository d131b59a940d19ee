import type { ErrorBody } from '../../shared/index';
import type { ZodError } from 'zod';

/** An error with an HTTP status and a sentence safe to show; anything else is a bare 500. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: ErrorBody['fields'],
  ) {
    super(message);
  }
}

export function badRequest(error: ZodError, where = 'body'): HttpError {
  return new HttpError(
    400,
    'invalid_request',
    `The request ${where} is not valid.`,
    error.issues.map((i) => ({ path: i.path.map(String).join('.') || where, message: i.message })),
  );
}

export const unauthorized = () => new HttpError(401, 'unauthorized', 'Sign in first.');
export const forbidden = (message = 'Not allowed for this user.') =>
  new HttpError(403, 'forbidden', message);
