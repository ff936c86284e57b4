import { fileURLToPath } from 'node:url';
import litSSR from '@lit-labs/nextjs';

// Telemetry off: builds here (and in CI) make no request to anyone.
process.env.NEXT_TELEMETRY_DISABLED = '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The examples' workspace (one lockfile for every app), not the repository around it.
  outputFileTracingRoot: fileURLToPath(new URL('..', import.meta.url)),
  // The repository's ESLint checks these sources (npm run lint), with its own configuration.
  eslint: { ignoreDuringBuilds: true },
};

// @lit-labs/nextjs renders the elements' shadow roots on the server (declarative shadow DOM)
// and adds Lit's hydration support to the client bundle. The browsers mpp-widgets supports
// parse declarative shadow DOM themselves: no polyfill.
export default litSSR({ addDeclarativeShadowDomPolyfill: false })(nextConfig);
