// The service's own routes and HTTP behaviour: /healthz, /openapi.json, CORS, unknown routes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OTHER_ORIGIN, SITE_ORIGIN, testApp, type TestApp } from './support/app.js';

describe('service', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(() => t.close());

  it('answers /healthz with the database engine', async () => {
    const response = await t.request({ method: 'GET', url: '/healthz', origin: null });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { ok: true, db: 'sqlite' });
  });

  it('serves an OpenAPI document of every route', async () => {
    const doc = (await t.request({ method: 'GET', url: '/openapi.json', origin: null })).json();
    assert.equal(doc.openapi, '3.0.3');
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const route of [
      'GET /api/v1/comments',
      'POST /api/v1/comments',
      'GET /api/v1/likes',
      'PUT /api/v1/likes',
      'DELETE /api/v1/likes',
      'GET /api/v1/session',
      'POST /api/v1/session/guest',
      'DELETE /api/v1/session',
      'GET /api/v1/post',
      'GET /healthz',
    ]) {
      assert.ok(routes.includes(route), `${route} in ${routes.join(', ')}`);
    }
    const create = doc.paths['/api/v1/comments'].post;
    assert.ok(create.requestBody.content['application/json'].schema.properties.email);
    assert.ok(create.responses['409'], 'errors are documented');
  });

  it('allows listed origins with CORS (preflight included) and no others', async () => {
    const preflight = await t.request({
      method: 'OPTIONS',
      url: '/api/v1/likes?post=her',
      headers: { 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], SITE_ORIGIN);
    assert.match(String(preflight.headers['access-control-allow-methods']), /PUT/);
    assert.match(String(preflight.headers['access-control-allow-headers']), /Authorization/i);
    const dev = await t.request({ method: 'GET', url: '/api/v1/comments?post=her', origin: 'http://localhost:5173' });
    assert.equal(dev.headers['access-control-allow-origin'], 'http://localhost:5173', 'a :* pattern matches any port');
    const foreign = await t.request({ method: 'GET', url: '/api/v1/comments?post=her', origin: OTHER_ORIGIN });
    assert.equal(foreign.statusCode, 403);
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    const lookalike = await t.request({
      method: 'GET',
      url: '/api/v1/comments?post=her',
      origin: 'https://blog.example.evil.example',
    });
    assert.equal(lookalike.statusCode, 403);
  });

  it('answers unknown routes and methods in the API error shape', async () => {
    const missing = await t.request({ method: 'GET', url: '/api/v1/nothing' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'not_found');
    const method = await t.request({ method: 'PATCH', url: '/api/v1/comments' });
    assert.equal(method.statusCode, 404);
    assert.equal(method.json().code, 'not_found');
  });
});

describe('service: request rate limit', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ rateLimits: { requestsPerMinute: 3 } });
  });
  after(() => t.close());

  it('limits requests per IP per minute, but never /healthz', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push((await t.request({ method: 'GET', url: '/api/v1/comments?post=her' })).statusCode);
    assert.deepEqual(codes, [200, 200, 200, 429]);
    const limited = await t.request({ method: 'GET', url: '/api/v1/comments?post=her' });
    assert.equal(limited.json().code, 'rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.equal((await t.request({ method: 'GET', url: '/healthz' })).statusCode, 200);
  });
});
