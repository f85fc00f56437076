// A Vite plugin for the demo: when `npm start` (scripts/start.mjs) runs the companion service,
// the page's conversation — the elements marked `data-demo-service` in demo/index.html — gets
// `source="<service URL>"`, so its comments and likes are real. Without the service (plain
// `vite`), the marker is removed and they keep their inline static data.

/** @returns {import('vite').Plugin} */
export function demoService(url = process.env.BLOG_WIDGETS_SERVICE_URL) {
  const attribute = url ? ` source="${url.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"` : '';
  return {
    name: 'blog-widgets:demo-service',
    transformIndexHtml: (html) => html.replace(/ data-demo-service(="")?/g, attribute),
  };
}
