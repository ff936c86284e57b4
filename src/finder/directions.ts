import type { MapPoint } from './finder-map.js';

const EARTH_RADIUS_M = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine; good to well under 0.5 % at these scales). */
export function distanceMetres(from: MapPoint, to: MapPoint): number {
  const dLat = radians(to.lat - from.lat);
  const dLon = radians(to.lon - from.lon);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface DirectionsTarget extends MapPoint {
  /** Coordinates only approximate: route to a place found by name instead. */
  approximate: boolean;
  /** Name and address or regency, used when the coordinates are approximate. */
  searchText: string;
}

export interface DirectionsLinks {
  openStreetMap: string;
  googleMaps: string;
}

const coordinatesOf = ({ lat, lon }: MapPoint) => `${lat.toFixed(6)},${lon.toFixed(6)}`;

/**
 * Directions to a location on OpenStreetMap and Google Maps (documented URL forms). Routing
 * to approximate coordinates could lead kilometres off, so those links search by name.
 */
export function directionsTo(target: DirectionsTarget, from?: MapPoint): DirectionsLinks {
  if (target.approximate) {
    const query = encodeURIComponent(target.searchText);
    return {
      openStreetMap: `https://www.openstreetmap.org/search?query=${query}`,
      googleMaps: `https://www.google.com/maps/dir/?api=1&destination=${query}`,
    };
  }
  const to = coordinatesOf(target);
  const origin = from ? coordinatesOf(from) : '';
  return {
    openStreetMap: `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`${origin};${to}`)}`,
    googleMaps:
      `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(to)}` +
      (from ? `&origin=${encodeURIComponent(origin)}` : ''),
  };
}

/** A `tel:` link from a phone number as people write it ("(0263) 123-456"), or none. */
export function telephoneHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{5,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** Only http(s) addresses become links: a `javascript:` or malformed URL stays plain text. */
export function safeWebsite(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
