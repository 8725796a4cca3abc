import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy, as a meta tag. Replay files, share links and scenario text are
 * untrusted; the app never runs them, and this policy keeps any injected script from running either.
 * The dev server needs inline styles and a websocket for hot reload; the built app needs neither.
 */
export function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'kuroshio-csp',
    configResolved(config) {
      dev = config.command === 'serve' && !config.isProduction;
    },
    transformIndexHtml() {
      const policy = [
        "default-src 'self'",
        "script-src 'self'",
        `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
        "img-src 'self' data: blob:",
        "font-src 'self'",
        `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
    },
  };
}
