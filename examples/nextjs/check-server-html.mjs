// Part of `npm run build`: the page Next.js rendered on the server must hold each element's
// shadow root (declarative shadow DOM, in Indonesian, the page's default), not an empty tag
// that only fills in once JavaScript runs, and no event handler's source as an attribute.
import { readFileSync } from 'node:fs';

const html = readFileSync(new URL('./.next/server/app/index.html', import.meta.url), 'utf8');
const expected = {
  'mpp-queue-badge': 'Memuat data antrean…',
  'mpp-service-checklist': 'Memuat daftar persyaratan…',
  'mpp-finder': 'Cari MPP, kabupaten/kota, atau alamat',
};
const problems = [];
for (const [tag, text] of Object.entries(expected)) {
  const rendered = new RegExp(
    `<${tag}\\b[^>]*><template [^>]*shadowrootmode="open"[^>]*>([\\s\\S]*?)</template>`,
  ).exec(html);
  if (!rendered) problems.push(`<${tag}> has no declarative shadow root`);
  else if (!rendered[1].includes(text)) problems.push(`<${tag}>'s shadow root lacks "${text}"`);
}
if (/<mpp-[^>]* on[a-z-]+=/.test(html)) problems.push('an element has an on… attribute');
if (problems.length) {
  console.error(`Server-rendered page (.next/server/app/index.html):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Server-rendered page: the three elements have their declarative shadow roots.');
