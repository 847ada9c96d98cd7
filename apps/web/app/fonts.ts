import localFont from 'next/font/local';

/**
 * Fonts are served from this site (next/font copies them into the build): no request ever goes to a font
 * service. Latin covers English and Spanish; the variable files hold every weight in one download.
 */
export const literata = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/literata/files/literata-latin-wght-normal.woff2',
      style: 'normal',
      weight: '200 900',
    },
    {
      path: '../node_modules/@fontsource-variable/literata/files/literata-latin-wght-italic.woff2',
      style: 'italic',
      weight: '200 900',
    },
  ],
  variable: '--font-serif',
  display: 'swap',
  fallback: ['Georgia', 'Cambria', 'Times New Roman', 'serif'],
});

export const inter = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
      style: 'normal',
      weight: '100 900',
    },
  ],
  variable: '--font-sans',
  display: 'swap',
  fallback: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Arial', 'sans-serif'],
});
