// The hosted site's own HTML: the home page and the shell the guides are rendered into. Every
// link is relative, so the site works under any sub-path (a GitHub Pages project site).
import { Marked } from 'marked';

/** Where the project means to live once public (package.json `homepage`, README). */
export const SITE_URL = 'https://mpp-widgets.github.io/mpp-widgets/';

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub's heading anchors, so that `#…` links work both on GitHub and on the site. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|\w+);/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function shell({ lang, title, root, body }) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="${root}site.css" />
  </head>
  <body>
    <header class="site-header">
      <nav class="wrap" aria-label="${lang === 'id' ? 'Situs' : 'Site'}">
        <a class="site-name" href="${root}">mpp-widgets</a>
        <a href="${root}docs/panduan-webmaster.html" lang="id">Panduan webmaster</a>
        <a href="${root}docs/webmaster-guide.html" lang="en">Webmaster guide</a>
        <a href="${root}demo/configurator.html">${lang === 'id' ? 'Pembuat kode' : 'Snippet maker'}</a>
      </nav>
    </header>
    <main class="wrap">
${body}
    </main>
  </body>
</html>
`;
}

/**
 * A guide (`docs/*.md`) as a page of the site: links to the hosted site become relative,
 * links to another guide point at its page, links into the repository go to GitHub.
 */
export function guidePage(markdown, { lang, repositoryUrl }) {
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type !== 'link' && token.type !== 'image') return;
      if (token.href.startsWith(SITE_URL)) token.href = `../${token.href.slice(SITE_URL.length)}`;
      else if (/^[\w-]+\.md(#|$)/.test(token.href)) token.href = token.href.replace('.md', '.html');
      else if (token.href.startsWith('../'))
        token.href = `${repositoryUrl}/blob/main/${token.href.slice(3)}`.replace(
          '/blob/main/README.md',
          '',
        );
    },
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(inner)}">${inner}</h${depth}>\n`;
      },
    },
  });
  const title = markdown.match(/^# (.+)$/m)?.[1] ?? 'mpp-widgets';
  // Wide tables scroll sideways on phones; the scrolling box takes the keyboard focus so that
  // it can be scrolled without a mouse.
  const body = marked
    .parse(markdown)
    .replace(/<table>/g, '<div class="table-scroll" tabindex="0"><table>')
    .replace(/<\/table>/g, '</table></div>');
  return shell({ lang, title: `${title} — mpp-widgets`, root: '../', body });
}

/** The site's home page: what is here, in Indonesian first, then English. */
export function homePage({ version, repositoryUrl }) {
  const links = [
    {
      href: 'demo/',
      id: 'Contoh halaman Pemda',
      en: 'Sample regency page',
      aboutId:
        'Status antrean, Daftar persyaratan, dan Pencari MPP pada satu halaman (data antrean contoh).',
      aboutEn: 'Queue badge, Service checklist and MPP finder on one page (sample queue data).',
    },
    {
      href: 'demo/configurator.html',
      id: 'Pembuat kode widget',
      en: 'Snippet maker',
      aboutId: 'Pilih widget, lihat hasilnya, salin kodenya.',
      aboutEn: 'Choose a widget, see it, copy its code.',
    },
    {
      href: 'demo/profile-editor.html',
      id: 'Editor profil MPP',
      en: 'MPP profile editor',
      aboutId: 'Perbaiki alamat, jam layanan, dan lokasi MPP Anda.',
      aboutEn: 'Correct your MPP’s address, hours and position.',
    },
    {
      href: 'docs/panduan-webmaster.html',
      id: 'Panduan webmaster',
      en: 'Webmaster guide (Indonesian)',
      aboutId: 'Resep siap tempel, WordPress, Blogger, Joomla, dan arti setiap pesan galat.',
      aboutEn: 'Copy-paste recipes, WordPress, Blogger, Joomla, and what each error means.',
    },
    {
      href: 'docs/webmaster-guide.html',
      id: 'Panduan webmaster (bahasa Inggris)',
      en: 'Webmaster guide',
      aboutId: 'Isi yang sama dalam bahasa Inggris.',
      aboutEn: 'The same guide in English.',
    },
    {
      href: 'storybook/index.html',
      id: 'Storybook',
      en: 'Storybook',
      aboutId: 'Setiap keadaan setiap widget, untuk perancang dan pengembang.',
      aboutEn: 'Every state of every widget, for designers and developers.',
    },
    {
      href: 'feeds/demo/mpp.json',
      id: 'Data antrean contoh (format mpp)',
      en: 'Sample queue feed (mpp format)',
      aboutId: 'Berkas statis untuk mencoba Status antrean.',
      aboutEn: 'A static file to try the Queue badge with.',
    },
    {
      href: 'feeds/demo/siola.json',
      id: 'Data antrean contoh (SIOLA-Q)',
      en: 'Sample queue feed (SIOLA-Q)',
      aboutId: 'Dengan format="siola".',
      aboutEn: 'With format="siola".',
    },
  ];
  const body = `      <h1>mpp-widgets ${escapeHtml(version)}</h1>
      <p>Widget siap tempel untuk situs Mal Pelayanan Publik (MPP) dan Pemda: Status antrean, Daftar persyaratan, dan Pencari MPP.</p>
      <p lang="en">Drop-in web components for Indonesia’s public service malls (MPP): Queue badge, Service checklist and MPP finder.</p>
      <ul class="cards">
${links
  .map(
    ({ href, id, en, aboutId, aboutEn }) => `        <li>
          <a href="${href}">${escapeHtml(id)}</a>${id === en ? '' : ` <span lang="en">(${escapeHtml(en)})</span>`}
          <p>${escapeHtml(aboutId)}</p>
          <p lang="en">${escapeHtml(aboutEn)}</p>
        </li>`,
  )
  .join('\n')}
      </ul>
      <p>Kode sumber, rilis, dan laporan masalah / <span lang="en">source, releases and issues</span>: <a href="${repositoryUrl}">${escapeHtml(repositoryUrl.replace('https://', ''))}</a></p>`;
  return shell({ lang: 'id', title: 'mpp-widgets — widget Mal Pelayanan Publik', root: '', body });
}
