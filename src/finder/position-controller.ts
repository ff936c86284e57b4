import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MapPoint } from './finder-map.js';

/**
 * Why "near me" cannot be offered on this page: browsers give the position only to secure pages
 * (https, or localhost while developing), so on an `http:` site the button would never work.
 * A server renderer cannot tell and renders the button: pages are served over https.
 */
export function nearMeProblem(page?: {
  isSecureContext: boolean;
  hasGeolocation: boolean;
}): 'insecure-page' | 'no-geolocation' | undefined {
  if (isServer && !page) return undefined;
  page ??= { isSecureContext: window.isSecureContext, hasGeolocation: 'geolocation' in navigator };
  if (!page.isSecureContext) return 'insecure-page';
  return page.hasGeolocation ? undefined : 'no-geolocation';
}

export type PositionStatus = 'idle' | 'asking' | 'known' | 'denied' | 'unavailable';

const POSITION_TIMEOUT_MS = 15_000;

/**
 * The visitor's position for "near me": asked for only when `locate()` is called (a button
 * press), never on load. A denial or timeout is a status the element words, not an error.
 */
export class PositionController implements ReactiveController {
  status: PositionStatus = 'idle';
  position?: MapPoint;
  private request = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Geolocation exists only in secure contexts (https, localhost). */
  static get supported(): boolean {
    return nearMeProblem() === undefined;
  }

  locate(): Promise<void> {
    const request = ++this.request;
    this.status = 'asking';
    this.host.requestUpdate();
    return new Promise((resolve) => {
      const settle = (status: PositionStatus, position?: MapPoint) => {
        if (request === this.request) {
          this.status = status;
          this.position = position ?? this.position;
          this.host.requestUpdate();
        }
        resolve();
      };
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => settle('known', { lat: coords.latitude, lon: coords.longitude }),
        (error) => settle(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
        { enableHighAccuracy: false, timeout: POSITION_TIMEOUT_MS, maximumAge: 5 * 60_000 },
      );
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.request++; // an answer arriving after removal is ignored
    if (this.status === 'asking') this.status = 'idle';
  }
}
