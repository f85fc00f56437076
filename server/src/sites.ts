import type { Config, SiteConfig } from './config.js';
import { ApiError } from './errors.js';
import { postId, postUrl } from './input.js';

/*
 * Which site and which post a request is about. A browser always says where the page is (the
 * `Origin` header of a cross-origin request): that picks the site, and an origin no site lists
 * is refused. Other clients (scripts, the CLI, a same-origin proxy) name the site with `site`,
 * or give the post's URL; a service with one site needs neither.
 */

/** Does `origin` (normalized) match a configured origin, `http://localhost:*` matching any port? */
export function originMatches(pattern: string, origin: string): boolean {
  if (!pattern.endsWith(':*')) return pattern === origin;
  const prefix = pattern.slice(0, -1); // `http://localhost:`
  return (origin.startsWith(prefix) && /^\d+$/.test(origin.slice(prefix.length))) || origin === pattern.slice(0, -2);
}

export class Sites {
  constructor(private readonly config: Config) {}

  get all(): readonly SiteConfig[] {
    return this.config.sites;
  }

  /** The site a page origin belongs to. */
  byOrigin(origin: string): SiteConfig | undefined {
    const normalized = origin.toLowerCase().replace(/\/+$/, '');
    return this.config.sites.find((site) => site.origins.some((pattern) => originMatches(pattern, normalized)));
  }

  byId(id: string): SiteConfig | undefined {
    return this.config.sites.find((site) => site.id === id);
  }

  /** Is this browser origin allowed at all (CORS)? */
  allows(origin: string): boolean {
    return this.byOrigin(origin) !== undefined;
  }

  /**
   * The site of a request: from `Origin` when a browser sent one, else `site`, else the post
   * URL's origin, else the only site there is.
   */
  resolve(origin: string | undefined, site: string | undefined, url: URL | undefined): SiteConfig {
    if (origin && origin !== 'null') {
      const found = this.byOrigin(origin);
      if (!found) throw new ApiError(403, 'origin_not_allowed', `Pages on ${origin} may not use this service.`);
      return found;
    }
    if (site) {
      const found = this.byId(site);
      if (!found)
        throw new ApiError(404, 'unknown_site', `This service keeps no comments for the site "${site}".`, 'site');
      return found;
    }
    if (url) {
      const found = this.byOrigin(url.origin);
      if (!found) {
        throw new ApiError(404, 'unknown_site', `This service keeps no comments for ${url.origin}.`, 'postUrl');
      }
      return found;
    }
    const [only, ...others] = this.config.sites;
    if (only && !others.length) return only;
    throw new ApiError(400, 'site_required', 'Name the site with "site" (this service serves several).', 'site');
  }
}

export interface PostRef {
  readonly site: string;
  /** `id:<post id>` or `url:<canonical URL>`. */
  readonly key: string;
  readonly url: string | null;
}

export interface PostQuery {
  readonly site?: string | undefined;
  readonly post?: string | undefined;
  readonly postUrl?: string | undefined;
}

/** The post a request names by id or canonical URL, on its site. */
export function postRef(sites: Sites, origin: string | undefined, query: PostQuery): PostRef {
  const id = query.post !== undefined ? postId(query.post) : undefined;
  const url = query.postUrl !== undefined ? postUrl(query.postUrl) : undefined;
  if (id === undefined && !url) {
    throw new ApiError(400, 'post_required', 'Name the post with "post" (its id) or "postUrl" (its address).', 'post');
  }
  const site = sites.resolve(origin, query.site, url);
  if (url && id === undefined && !site.origins.some((pattern) => originMatches(pattern, url.origin))) {
    throw new ApiError(
      400,
      'postUrl_not_on_site',
      `${url.origin} is not an address of the site "${site.id}".`,
      'postUrl',
    );
  }
  return {
    site: site.id,
    key: id !== undefined || !url ? `id:${id ?? ''}` : `url:${url.href}`,
    url: url?.href ?? null,
  };
}
