// For e2e test files: where the app built by ./globalSetup.ts is served.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served app's base URL, ending with a slash ('' if it could not be built). */
    appUrl: string;
    /** The folder the built app is in (for a server that serves it itself: the classroom's). */
    appDir: string;
    /** Why the app could not be built or served ('' when it was). */
    appError: string;
  }
}

/** The URL of a page of the app, e.g. `appUrl('/?scenario=blockade')`. Throws if there is no app. */
export function appUrl(path = '/'): string {
  const base = inject('appUrl');
  if (!base) {
    const error = inject('appError');
    throw new Error(error
      ? `The app could not be built and served: ${error}`
      : 'No app URL: run e2e tests through the "e2e" Vitest project, whose globalSetup builds and serves the app.');
  }
  return new URL(path, base).href;
}

/** The folder of the built app (index.html and assets), for the classroom server's --app. */
export function appDir(): string {
  appUrl();
  return inject('appDir');
}
