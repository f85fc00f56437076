// The HTTP contract WordPressSource.createComment relies on, against the live WordPress of
// ../shared/tools/wp-peer.sh: a guest POSTs JSON to /wp/v2/comments (with `_envelope`, as the
// source does, and without, to see the real statuses). Toggling anonymous comments needs a
// shell, which the browser suite does not have, hence Node. Without WP_PEER_URL this skips and
// says why, except in CI (CI=true), where it fails. The peer turns WordPress' flood check off
// (peer-tweaks.php), so `comment_flood` (400 over REST) is covered by the browser mock tests.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { WP_PEER_SH } from './wp-peer.mjs';

const BASE = process.env.WP_PEER_URL;
const isCI = Boolean(process.env.CI && process.env.CI !== 'false');
const skip = !BASE && !isCI && 'no WordPress peer (WP_PEER_URL unset): run `WP_PEER=1 npm test`';
if (skip) console.log(`# wordpress-comments: skipped — ${skip}`);

const env = (name) => Number(process.env[`WP_PEER_${name}`]);
const PORT = String(process.env.WP_PEER_PORT || (BASE && new URL(BASE).port) || 8088);
const ORIGIN = 'http://localhost:8000'; // a page elsewhere, as in the browser
const run = Date.now().toString(36);
const created = [];

const anonComments = (state) => promisify(execFile)('bash', [WP_PEER_SH, 'anon-comments', state, PORT]);

/** POSTs a comment the way WordPressSource does; `envelope: false` to see the real status. */
async function post(body, { envelope = true, restRoute = false } = {}) {
  const url = new URL(restRoute ? `${BASE}/` : `${BASE}/wp-json/wp/v2/comments`);
  if (restRoute) url.searchParams.set('rest_route', '/wp/v2/comments');
  if (envelope) url.searchParams.set('_envelope', '1');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Origin: ORIGIN },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

const guest = (content, extra = {}) => ({
  post: env('POST_ID'),
  parent: env('COMMENT_1'),
  author_name: 'E2E Guest',
  author_email: `e2e-${run}@example.com`,
  author_url: 'https://guest.example',
  content,
  ...extra,
});

const title = 'WordPress comment creation over REST (wp-peer)';
if (skip)
  it(title, { skip }); // counted as skipped, with its reason
else
  describe(title, () => {
    before(() => {
      if (!BASE) assert.fail('CI: the WordPress peer must run (WP_PEER_URL is unset)');
    });

    describe('anonymous comments on', () => {
      before(() => anonComments('on'));
      after(() => anonComments('off'));

      const first = guest(`A guest comment ${run} <b>bold</b>`);

      it('creates a guest comment held for moderation: 201, status hold, CORS for the page', async () => {
        const answer = await post(first, { envelope: false });
        assert.equal(answer.status, 201, JSON.stringify(answer.json));
        assert.equal(answer.headers.get('access-control-allow-origin'), ORIGIN);
        const { id, status, parent, post: postId, author_name, content } = answer.json;
        created.push(id);
        assert.deepEqual(
          { status, parent, postId, author_name },
          {
            status: 'hold',
            parent: env('COMMENT_1'),
            postId: env('POST_ID'),
            author_name: 'E2E Guest',
          },
        );
        assert.match(content.rendered, new RegExp(`A guest comment ${run}`));
      });

      it('the same comment again: 409 comment_duplicate, inside a 200 envelope', async () => {
        const answer = await post(first);
        assert.equal(answer.status, 200);
        assert.equal(answer.json.status, 409);
        assert.equal(answer.json.body.code, 'comment_duplicate');
      });

      it('the ?rest_route= form answers the same', async () => {
        const answer = await post(first, { restRoute: true });
        assert.equal(answer.json.status, 409);
        assert.equal(answer.json.body.code, 'comment_duplicate');
      });

      it('a bad email: rest_invalid_param naming author_email in data.params', async () => {
        const answer = await post(guest(`Bad email ${run}`, { author_email: 'not-an-email' }));
        assert.equal(answer.json.status, 400);
        assert.equal(answer.json.body.code, 'rest_invalid_param');
        assert.ok('author_email' in answer.json.body.data.params);
      });

      it('no email: 400 rest_comment_author_data_required', async () => {
        const answer = await post(guest(`No email ${run}`, { author_email: undefined }), { envelope: false });
        assert.equal(answer.status, 400);
        assert.equal(answer.json.code, 'rest_comment_author_data_required');
      });
    });

    describe('anonymous comments off', () => {
      before(() => anonComments('off'));

      it('401 rest_comment_login_required, plain and enveloped', async () => {
        const plain = await post(guest(`Signed out ${run}`), { envelope: false });
        assert.equal(plain.status, 401);
        assert.equal(plain.json.code, 'rest_comment_login_required');
        const enveloped = await post(guest(`Signed out ${run}`));
        assert.equal(enveloped.status, 200);
        assert.equal(enveloped.json.status, 401);
        assert.equal(enveloped.json.body.code, 'rest_comment_login_required');
      });
    });

    // Leave the peer as it was: no test comments, no flood window for the next run.
    after(async () => {
      const auth = Buffer.from(`${process.env.WP_PEER_ADMIN_USER}:${process.env.WP_PEER_APP_PASSWORD}`).toString(
        'base64',
      );
      for (const id of created) {
        const response = await fetch(`${BASE}/wp-json/wp/v2/comments/${id}?force=true`, {
          method: 'DELETE',
          headers: { Authorization: `Basic ${auth}` },
        });
        assert.equal(response.status, 200, `deleting test comment ${id}`);
      }
    });
  });
