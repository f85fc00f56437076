/* JSON schemas of the API (validation and the OpenAPI document come from these). */

export const postQuery = {
  site: { type: 'string', maxLength: 200, description: 'The site id; implied by the Origin of a browser request.' },
  post: { type: 'string', maxLength: 400, description: "The post's id on the site (e.g. `her` or `4`)." },
  postUrl: { type: 'string', maxLength: 2000, description: "The post's canonical URL, instead of `post`." },
} as const;

export const commentSchema = {
  type: 'object',
  required: ['id', 'author', 'content', 'date', 'status'],
  properties: {
    id: { type: 'string' },
    parent: { type: 'string', description: 'The comment this one answers.' },
    author: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        url: { type: 'string' },
        avatar: { type: 'string', description: "A signed-in author's picture." },
      },
    },
    content: { type: 'string', description: 'Plain text, exactly as written: render it as text, never as HTML.' },
    date: { type: 'string', format: 'date-time' },
    status: { type: 'string', enum: ['approved', 'pending'] },
    mine: { type: 'boolean', description: "True for the caller's own comments (held ones are shown only to them)." },
  },
} as const;

export const likesSchema = {
  type: 'object',
  required: ['count', 'likers', 'liked'],
  properties: {
    count: { type: 'integer' },
    likers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, avatar: { type: 'string' }, link: { type: 'string' } },
      },
    },
    liked: { type: 'boolean', description: 'Whether the caller (by session token) likes the post.' },
  },
} as const;

export const identitySchema = {
  type: 'object',
  required: ['provider', 'name'],
  properties: {
    provider: { type: 'string', description: 'The provider id (`google`, `github`…).' },
    providerName: { type: 'string', description: 'Its name for people ("Google").' },
    name: { type: 'string' },
    avatar: { type: 'string' },
    link: { type: 'string' },
  },
} as const;

/** Error answers a route can give, by status, for the OpenAPI document. */
export const errors = (...statuses: number[]): Record<number, { $ref: string }> =>
  Object.fromEntries(statuses.map((status) => [status, { $ref: 'Error#' }]));
