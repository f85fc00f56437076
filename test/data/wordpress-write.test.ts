// WordPressSource, writing: the createComment request, the stored comment, and every failure
// mapped to a WriteError with its sentence key and form field.
import { expect } from '@open-wc/testing';
import type { NewComment } from '../../src/data/source.js';
import { WriteError, type CommentField, type WriteErrorKind } from '../../src/data/write-error.js';
import { WordPressSource } from '../../src/data/wordpress-source.js';
import { fixtureUrl, mockUrl } from '../support/env.js';
import { GRAVATAR } from '../support/gravatar.js';
import { json, mockSource, recordFetches, rejection } from './helpers.js';

const comment: NewComment = {
  post: { id: '4' },
  parent: '2',
  name: 'Anon Reader',
  email: 'anon@example.com',
  url: 'https://anon.example',
  content: 'Lovely review! <b>bold</b> 👩🏽‍💻 שלום',
};

const fixture = async (name: string): Promise<unknown> => (await fetch(fixtureUrl(name))).json();
const wpError = (code: string, status: number, params?: Record<string, string>) =>
  ({ code, message: `WordPress says ${code}`, data: { status, ...(params ? { params } : {}) } }) as const;

async function writeError(source: WordPressSource, sent: NewComment = comment): Promise<WriteError> {
  return rejection(source.createComment(sent), WriteError);
}

describe('WordPressSource.createComment', () => {
  it('POSTs JSON { post, parent, author_name, author_email, author_url, content } with _envelope', async () => {
    const fetches = recordFetches();
    try {
      await rejection(mockSource('echo').createComment(comment));
    } finally {
      fetches.restore();
    }
    const echo = fetches.calls[0]!.answer as {
      method: string;
      headers: Record<string, string>;
      query: object;
      body: string;
    };
    expect(echo.method).to.equal('POST');
    expect(echo.headers['content-type']).to.equal('application/json');
    expect(echo.query).to.include({ rest_route: '/wp/v2/comments', _envelope: '1' });
    expect(JSON.parse(echo.body)).to.deep.equal({
      post: 4,
      parent: 2,
      author_name: 'Anon Reader',
      author_email: 'anon@example.com',
      author_url: 'https://anon.example',
      content: 'Lovely review! <b>bold</b> 👩🏽‍💻 שלום', // as typed: WordPress stores text, renders HTML
    });
  });

  it('leaves out what the reader did not give (a top-level comment without a website)', async () => {
    const fetches = recordFetches();
    try {
      await rejection(
        mockSource('echo').createComment({ post: { id: '4' }, content: 'Hi', name: 'A', email: 'a@b.c' }),
      );
    } finally {
      fetches.restore();
    }
    const echo = fetches.calls[0]!.answer as { body: string };
    expect(JSON.parse(echo.body)).to.deep.equal({ post: 4, author_name: 'A', author_email: 'a@b.c', content: 'Hi' });
  });

  it('resolves with the stored comment, pending (status hold) and mine', async () => {
    const created = await mockSource('fixture/comment_create_201.json', { status: 201 }).createComment(comment);
    expect(created).to.deep.include({ id: '7', parent: '2', status: 'pending', mine: true });
    expect(created.author.name).to.equal('Anon Reader');
    expect(created.author.avatar!.src.startsWith(GRAVATAR)).to.equal(true); // via the page's Gravatar base
    expect(created.contentHtml).to.equal('<p>Lovely review! <b>bold</b> alert(1)</p>\n');
    expect(created.date!.toISOString()).to.equal('2026-11-24T13:37:41.000Z');
  });

  it('reads the same answer inside WordPress’ envelope', async () => {
    const body = json({ status: 201, headers: {}, body: await fixture('comment_create_201.json') });
    const created = await mockSource('json', { body }).createComment(comment);
    expect(created).to.deep.include({ id: '7', status: 'pending', mine: true });
  });

  it('says when the answer is not a comment', async () => {
    const error = await writeError(mockSource('json', { body: '{"ok":true}' }));
    expect(error.kind).to.equal('not-json');
  });

  describe('maps every WordPress error', () => {
    type Case = [
      label: string,
      route: () => Promise<[string, Record<string, string | number>]>,
      expected: { kind: WriteErrorKind; messageKey: string; field?: CommentField; status?: number; code?: string },
      sent?: NewComment,
    ];
    const plain = (status: number, body: unknown) => () =>
      Promise.resolve(['json', { status, body: json(body) }] as [string, Record<string, string | number>]);
    const enveloped = (status: number, body: unknown) => () =>
      Promise.resolve(['json', { body: json({ status, headers: [], body }) }] as [
        string,
        Record<string, string | number>,
      ]);
    const fromFixture = (name: string, status: number) => async () =>
      ['json', { status, body: json(await fixture(name)) }] as [string, Record<string, string | number>];

    const cases: Case[] = [
      [
        '401 rest_comment_login_required (fixture)',
        fromFixture('comment_create_401.json', 401),
        { kind: 'login-required', messageKey: 'errorLoginRequired', status: 401, code: 'rest_comment_login_required' },
      ],
      [
        '401 rest_comment_login_required (envelope)',
        async () => enveloped(401, await fixture('comment_create_401.json'))(),
        { kind: 'login-required', messageKey: 'errorLoginRequired', status: 401 },
      ],
      [
        '400 rest_comment_author_data_required, email missing (fixture)',
        fromFixture('comment_create_400_missing_email.json', 400),
        { kind: 'author-data-required', messageKey: 'errorEmailRequired', field: 'email', status: 400 },
        { ...comment, email: '' },
      ],
      [
        '400 rest_comment_author_data_required, name missing',
        plain(400, wpError('rest_comment_author_data_required', 400)),
        { kind: 'author-data-required', messageKey: 'errorNameRequired', field: 'name' },
        { ...comment, name: '  ' },
      ],
      [
        '400 rest_comment_author_data_required, both missing',
        plain(400, wpError('rest_comment_author_data_required', 400)),
        { kind: 'author-data-required', messageKey: 'errorNameEmailRequired', field: 'email' },
        { post: { id: '4' }, content: 'x' },
      ],
      [
        '409 comment_duplicate',
        plain(409, wpError('comment_duplicate', 409)),
        { kind: 'duplicate', messageKey: 'errorDuplicate', status: 409 },
      ],
      [
        '400 comment_flood (REST answers 400)',
        plain(400, wpError('comment_flood', 400)),
        { kind: 'too-fast', messageKey: 'errorTooFast' },
      ],
      [
        '429 without a code',
        () => Promise.resolve(['status/429', { 'Retry-After': 3 }]),
        { kind: 'too-fast', messageKey: 'errorTooFast', status: 429 },
      ],
      [
        '403 rest_comment_closed',
        plain(403, wpError('rest_comment_closed', 403)),
        { kind: 'closed', messageKey: 'errorCommentsClosed' },
      ],
      [
        '403 rest_comment_draft_post',
        plain(403, wpError('rest_comment_draft_post', 403)),
        { kind: 'closed', messageKey: 'errorCommentsClosed' },
      ],
      [
        '400 rest_comment_content_invalid (empty)',
        plain(400, wpError('rest_comment_content_invalid', 400)),
        { kind: 'invalid', messageKey: 'errorContentEmpty', field: 'content' },
      ],
      [
        '400 comment_content_column_length',
        plain(400, wpError('comment_content_column_length', 400)),
        { kind: 'too-long', messageKey: 'errorTooLong', field: 'content' },
      ],
      [
        '400 comment_author_column_length',
        plain(400, wpError('comment_author_column_length', 400)),
        { kind: 'too-long', messageKey: 'errorTooLong', field: 'name' },
      ],
      [
        '400 comment_author_email_column_length',
        plain(400, wpError('comment_author_email_column_length', 400)),
        { kind: 'too-long', messageKey: 'errorTooLong', field: 'email' },
      ],
      [
        '400 comment_author_url_column_length',
        plain(400, wpError('comment_author_url_column_length', 400)),
        { kind: 'too-long', messageKey: 'errorTooLong', field: 'url' },
      ],
      [
        'rest_invalid_param author_email (envelope)',
        enveloped(400, wpError('rest_invalid_param', 400, { author_email: 'Invalid email address.' })),
        { kind: 'invalid', messageKey: 'errorEmailInvalid', field: 'email', code: 'rest_invalid_param' },
      ],
      [
        'rest_invalid_param author_url (envelope)',
        enveloped(400, wpError('rest_invalid_param', 400, { author_url: 'Invalid.' })),
        { kind: 'invalid', messageKey: 'errorUrlInvalid', field: 'url' },
      ],
      [
        'rest_invalid_param author_name (envelope)',
        enveloped(400, wpError('rest_invalid_param', 400, { author_name: 'Invalid.' })),
        { kind: 'invalid', messageKey: 'errorCommentInvalid', field: 'name' },
      ],
      [
        'rest_invalid_param content (envelope)',
        enveloped(400, wpError('rest_invalid_param', 400, { content: 'Invalid.' })),
        { kind: 'invalid', messageKey: 'errorCommentInvalid', field: 'content' },
      ],
      [
        'rest_invalid_param post (envelope)',
        enveloped(400, wpError('rest_invalid_param', 400, { post: 'Invalid.' })),
        { kind: 'invalid', messageKey: 'errorCommentInvalid' },
      ],
      [
        '403 rest_comment_invalid_post_id',
        plain(403, wpError('rest_comment_invalid_post_id', 403)),
        { kind: 'not-found', messageKey: 'errorCommentPostMissing' },
      ],
      [
        '403 rest_cannot_create',
        plain(403, wpError('rest_cannot_create', 403)),
        { kind: 'forbidden', messageKey: 'errorCommentForbidden' },
      ],
      [
        '403 HTML (a firewall page)',
        () => Promise.resolve(['html', { status: 403 }]),
        { kind: 'forbidden', messageKey: 'errorCommentForbidden', status: 403 },
      ],
      [
        '404 rest_no_route (REST API off)',
        plain(404, wpError('rest_no_route', 404)),
        { kind: 'not-found', messageKey: 'errorCommentPostMissing', status: 404 },
      ],
      [
        '500 rest_comment_failed_create',
        plain(500, wpError('rest_comment_failed_create', 500)),
        { kind: 'server', messageKey: 'errorServer', status: 500 },
      ],
      [
        '502 from a proxy',
        () => Promise.resolve(['status/502', {}]),
        { kind: 'server', messageKey: 'errorServer', status: 502 },
      ],
      [
        '400 with a code named like an inherited property',
        plain(400, wpError('constructor', 400)),
        { kind: 'invalid', messageKey: 'errorCommentInvalid', status: 400 },
      ],
      [
        '200 HTML (a login page)',
        () => Promise.resolve(['html', {}]),
        { kind: 'not-json', messageKey: 'errorNotJson' },
      ],
    ];

    for (const [label, route, expected, sent] of cases) {
      it(label, async () => {
        const [path, params] = await route();
        const error = await writeError(mockSource(path, params), sent);
        expect(error).to.deep.include({ ...expected, host: location.host });
        if (!expected.field) expect(error.field).to.equal(undefined);
      });
    }

    it('keeps the server’s message for logs only', async () => {
      const error = await writeError(
        mockSource('json', { status: 409, body: json(wpError('comment_duplicate', 409)) }),
      );
      expect(error.message).to.equal(`duplicate (${location.host} 409 comment_duplicate)`);
      const enveloped = await writeError(
        mockSource('json', { body: json({ status: 409, body: wpError('comment_duplicate', 409) }) }),
      );
      expect(enveloped.serverMessage).to.equal('WordPress says comment_duplicate');
      expect(enveloped.message).to.contain('WordPress says comment_duplicate');
      expect(enveloped.vars).to.deep.equal({ host: location.host, status: 409 });
    });
  });

  it('network failures: a dropped connection, a CORS refusal, a timeout, an abort', async () => {
    const dropped = await writeError(mockSource('drop'));
    expect(['network', 'cors']).to.include(dropped.kind);
    const other = new URL(mockUrl('json', { rest_route: '/' }));
    other.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const cors = await writeError(new WordPressSource(other.href));
    expect(cors).to.deep.include({ kind: 'cors', messageKey: 'errorCors', host: other.host });
    const slow = await rejection(mockSource('slow', { ms: 3000 }).createComment(comment, { timeout: 200 }));
    expect(slow).to.deep.include({ kind: 'timeout', messageKey: 'errorTimeout' });
    const controller = new AbortController();
    const pending = mockSource('slow', { ms: 3000 }).createComment(comment, { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).name).to.equal('AbortError');
  });

  it('a post URL that finds no post fails as a WriteError', async () => {
    const error = await writeError(mockSource('json', { body: '[]' }), {
      ...comment,
      post: { url: 'https://x.example/gone/' },
    });
    expect(error.kind).to.equal('not-found');
  });

  it('has no likes: getLikes and setLike reject with unsupported', async () => {
    const source = mockSource('json');
    for (const promise of [source.getLikes({ id: '4' }), source.setLike({ id: '4' }, true)]) {
      const error = await rejection(promise);
      expect(error).to.be.instanceOf(WriteError);
      expect(error).to.deep.include({ kind: 'unsupported', messageKey: 'errorLikesUnsupported' });
    }
  });
});
