/** A module bundled into one classic script, as text (scripts/worker-source.mjs). */
declare module '*?worker-source' {
  const source: string;
  export default source;
}
