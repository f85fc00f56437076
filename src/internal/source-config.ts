import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onConfigChange, resolveConfig } from '../data/config.js';
import type { BlogSource, PostRef } from '../data/source.js';

/** An element that reads from a source: its own `source` and `post` override the page's. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  source?: string | BlogSource | undefined;
  post?: string | undefined;
}

/**
 * Keeps an element's source and post resolved (DESIGN.md §4): from its own attributes, the
 * closest `blog-source` / `blog-post` wrapper, `configure()` or the page's `<meta>`, and calls
 * `changed` whenever the outcome differs — after connecting, after `configure()`, and when the
 * host calls `check()` (from `willUpdate`, when `source` or `post` changed).
 */
export class SourceConfig implements ReactiveController {
  spec?: string | BlogSource | undefined;
  post?: PostRef | undefined;
  /**
   * The element whose static source (inline JSON, write events) this one uses, and whose
   * `source` / `post` apply when the host has none (a form inside `<blog-comments>`).
   */
  owner: SourceHost;
  private key?: string;
  private stop?: () => void;

  constructor(
    private readonly host: SourceHost,
    private readonly changed: () => void,
    private readonly findOwner?: () => SourceHost | null,
  ) {
    this.owner = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.owner = this.findOwner?.() ?? this.host;
    this.stop = onConfigChange(() => this.check());
    this.check();
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  /** Resolves again; calls `changed` when the source or the post is not the same as before. */
  check(): void {
    const { host, owner } = this;
    const { source, post } = resolveConfig(host, {
      source: host.source ?? owner.source,
      post: host.post ?? owner.post,
    });
    const key = `${typeof source === 'object' ? '' : (source ?? '')}\n${post?.id ?? ''}\n${post?.url ?? ''}`;
    if (key === this.key && (typeof source !== 'object' || source === this.spec)) return;
    this.key = key;
    this.spec = source;
    this.post = post;
    this.changed();
  }

  /** A key naming this source and post, for storage (drafts): stable across reloads. */
  get storageKey(): string {
    return this.key ?? '';
  }
}
