import type { ReactNode } from 'react';
import './app.css';

export const metadata = { title: 'mpp-widgets — Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
