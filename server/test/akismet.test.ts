// The optional Akismet check. The real Akismet cannot be reached from here (no internet, and
// tests contact only 127.0.0.1), so these run against a local stand-in HTTP server on
// 127.0.0.1 that speaks Akismet's comment-check protocol (form POST → body "true"/"false",
// X-akismet-debug-help on a bad key): what is tested is our side of that protocol.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { comment, testApp, type TestApp } from './support/app.js';

describe('Akismet (against a local stand-in on 127.0.0.1)', () => {
  let server: Server;
  let endpoint: string;
  const received: URLSearchParams[] = [];
  let t: TestApp;

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const form = new URLSearchParams(body);
        received.push(form);
        if (request.url !== '/1.1/comment-check' || request.method !== 'POST') {
          response.writeHead(404).end();
        } else if (form.get('api_key') !== 'test-key') {
          response.writeHead(200, { 'X-akismet-debug-help': 'We were unable to verify your API key.' }).end('invalid');
        } else if (form.get('comment_content')?.includes('viagra')) {
          response.writeHead(200, { 'Content-Type': 'text/plain' }).end('true');
        } else if (form.get('comment_content')?.includes('slow')) {
          setTimeout(() => response.writeHead(200).end('false'), 2000);
        } else {
          response.writeHead(200, { 'Content-Type': 'text/plain' }).end('false');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await testApp({ moderation: { hold: 'none' }, akismet: { key: 'test-key', endpoint, timeoutMs: 500 } });
  });
  after(async () => {
    await t.close();
    server.close();
  });

  const statusOf = async (content: string): Promise<string> => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ content }),
      headers: { 'user-agent': 'TestBrowser/1.0', referer: 'https://blog.example/her/' },
    });
    assert.equal(response.statusCode, 201, response.body);
    const row = await t.database.db
      .selectFrom('comments')
      .select('status')
      .where('id', '=', Number(response.json().comment.id))
      .executeTakeFirstOrThrow();
    return row.status;
  };

  it('sends the comment with the reader’s IP, agent and referrer, and files spam as spam', async () => {
    assert.equal(await statusOf('cheap viagra here'), 'spam');
    const form = received.at(-1)!;
    assert.equal(form.get('comment_author'), 'Marcus Webb');
    assert.equal(form.get('comment_author_email'), 'marcus@example.com');
    assert.equal(form.get('comment_author_url'), 'https://marcus.example/');
    assert.equal(form.get('user_ip'), '127.0.0.1');
    assert.equal(form.get('user_agent'), 'TestBrowser/1.0');
    assert.equal(form.get('referrer'), 'https://blog.example/her/');
    assert.equal(form.get('blog'), 'https://blog.example');
    assert.equal(form.get('comment_type'), 'comment');
  });

  it('lets ham through under the moderation policy', async () => {
    assert.equal(await statusOf('A thoughtful comment.'), 'approved');
  });

  it('falls back to moderation when Akismet gives no verdict (timeout), never losing the comment', async () => {
    assert.equal(await statusOf('a slow check'), 'approved', 'hold: none applies as if Akismet were off');
  });
});

describe('Akismet with a wrong key (against the same kind of stand-in)', () => {
  it('logs, and keeps the normal moderation policy', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'X-akismet-debug-help': 'We were unable to verify your API key.' }).end('invalid');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const t = await testApp({ moderation: { hold: 'all' }, akismet: { key: 'wrong', endpoint, timeoutMs: 1000 } });
    try {
      const response = await t.request({ method: 'POST', url: '/api/v1/comments', payload: comment() });
      assert.equal(response.statusCode, 201);
      assert.equal(response.json().comment.status, 'pending');
    } finally {
      await t.close();
      server.close();
    }
  });
});
