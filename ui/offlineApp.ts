import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The build as an installable app that plays offline once loaded: a web app manifest, and a service
 * worker that precaches every file of the build (the debrief's workers and the map's land are chunks
 * like the rest). Every URL is relative, so it works from whatever folder it is served.
 *
 * A new version waits until every tab of the app is closed (no skipWaiting): a page in the middle of
 * a game is never reloaded, and keeps the chunks it has yet to load lazily from its own version.
 */
export function offlineApp(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    // A script file, not inline: the page's Content-Security-Policy allows no inline script.
    injectRegister: 'script',
    manifest: {
      name: 'Kuroshio: a Taiwan Strait crisis game',
      short_name: 'Kuroshio',
      description: 'A seeded, replayable teaching wargame of a Taiwan Strait crisis, played from Tokyo, Washington, Beijing and Taipei.',
      start_url: './',
      scope: './',
      display: 'standalone',
      // The top bar's ink and the page's paper (ui/styles.css).
      theme_color: '#14202b',
      background_color: '#f7f5f0',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        // The artwork keeps inside the centre circle, so a launcher may crop it to any shape.
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // The first visit is served offline too, without waiting for a reload.
      clientsClaim: true,
      // The classroom server's own addresses are not pages of the app.
      navigateFallbackDenylist: [/\/api\//, /\/healthz$/],
      // Workbox leaves out, with only a warning, any file over its 2 MiB default: the chunk the page starts
      // with (the engine, the scenarios and every language's words) is over 1 MB already.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
  });
}
