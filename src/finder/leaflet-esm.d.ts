// Leaflet 1.9 ships an ES module build without `exports`; its types are those of `leaflet`.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
