// Types for the demo queue simulator, so stories written in TypeScript can use it.
export function mppDocument(now?: number, location?: string): Record<string, unknown>;
export function siolaDocument(now?: number): Record<string, unknown>;
