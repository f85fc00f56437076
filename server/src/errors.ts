import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Every error the API answers has one JSON shape: `{ code, message, field?, statusCode }`.
 * `code` is stable and specific enough for a client to act on alone (`email_invalid`,
 * `content_too_long`, `duplicate_comment`…); `message` is an English sentence for people;
 * `field` names the request field at fault.
 */
export interface ApiErrorBody {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly statusCode: number;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Extra response headers (Retry-After). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  toJSON(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      statusCode: this.statusCode,
    };
  }
}

/** The JSON schema of an error answer (OpenAPI). */
export const errorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['code', 'message', 'statusCode'],
  properties: {
    code: { type: 'string', description: 'Stable machine-readable code, e.g. `email_invalid`.' },
    message: { type: 'string', description: 'What went wrong, in English.' },
    field: { type: 'string', description: 'The request field at fault, when there is one.' },
    statusCode: { type: 'integer' },
  },
} as const;

/** A field name from a schema error: `/body/email` or `must have required property 'email'`. */
function fieldOf(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  const missing = (first.params as { missingProperty?: string } | undefined)?.missingProperty;
  if (missing) return missing;
  const extra = (first.params as { additionalProperty?: string } | undefined)?.additionalProperty;
  if (extra) return extra;
  return first.instancePath.split('/').find(Boolean);
}

/** Fastify's own errors and anything thrown → the API's error shape. */
export function toApiError(error: FastifyError | ApiError | Error): ApiError {
  if (error instanceof ApiError) return error;
  const fastify = error as FastifyError;
  if (fastify.validation) {
    const field = fieldOf(fastify);
    const first = fastify.validation[0];
    const missing = first?.keyword === 'required';
    const where = fastify.validationContext ?? 'request';
    const message = missing
      ? `The ${where} is missing "${field}".`
      : first?.keyword === 'additionalProperties'
        ? `The ${where} has a field this API does not know: "${field}".`
        : `"${field ?? where}" ${first?.message ?? 'is not valid'}.`;
    return new ApiError(400, missing ? `${field}_required` : 'invalid_request', message, field);
  }
  switch (fastify.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'body_too_large', 'The request body is larger than this service accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', 'Send the request body as application/json (UTF-8).');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'invalid_json', 'The request body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
    default:
  }
  if (error instanceof SyntaxError || fastify.statusCode === 400) {
    return new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  if (fastify.statusCode === 404) return new ApiError(404, 'not_found', 'There is nothing at this address.');
  if (fastify.statusCode === 405)
    return new ApiError(405, 'method_not_allowed', 'This address does not take that method.');
  if (fastify.statusCode && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return new ApiError(fastify.statusCode, 'bad_request', fastify.message);
  }
  return new ApiError(500, 'internal_error', 'Something went wrong on the server. Try again in a moment.');
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const api = toApiError(error);
  if (api.statusCode >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: api.code, field: api.field }, api.message);
  for (const [name, value] of Object.entries(api.headers)) void reply.header(name, value);
  return reply.status(api.statusCode).send(api.toJSON());
}
