import { isServer, type ReactiveElement } from 'lit';

/**
 * Whether `host` still shows the shadow root a server rendered (`@lit-labs/ssr`, kept by
 * `@lit-labs/ssr-client`'s hydration support) and has not rendered in the browser yet. Its
 * first browser render must then produce the server's templates and texts: hydration adopts
 * the server's DOM instead of drawing it again, and a different template is an error.
 *
 * Without the hydration support the browser empties a declarative shadow root when Lit
 * attaches its own: the element then renders afresh, as on any page.
 */
export function holdsServerRender(host: ReactiveElement): boolean {
  return !isServer && !host.hasUpdated && host.shadowRoot?.hasChildNodes() === true;
}
