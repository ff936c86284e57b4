export interface ImportMap {
  integrity: Record<string, string>;
}
export function cdnBaseUrl(version: string): string;
export function importMapFor(hashes: Record<string, string>, baseUrl: string): ImportMap;
export function importMapElement(map: ImportMap): string;
