// Leaflet's source modules (ES modules, no types of their own). Their values are typed by
// `leaflet-loader.ts` with the types of the `leaflet` package.
declare module 'leaflet/src/*';
