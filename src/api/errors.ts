/** Every API failure is one of these, answered as `{ error: { code, message, field? } }`. */
export type ErrorCode =
  | 'malformed_json'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'idempotency_conflict'
  | 'too_large'
  | 'unsupported_media_type'
  | 'invalid'
  | 'unknown_field'
  | 'unknown_place'
  | 'unknown_section'
  | 'conduct_matter'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): { error: { code: ErrorCode; message: string; field?: string } } {
    return { error: { code: this.code, message: this.message, ...(this.field !== undefined ? { field: this.field } : {}) } };
  }
}

export const invalid = (field: string, message: string) => new ApiError(422, 'invalid', message, field);
