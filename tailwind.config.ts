import type { Config } from 'tailwindcss'

// Tailwind v4 reads this through `@config` in src/index.css. Colours are CSS variables so the
// light and dark themes swap by a class on <html> without a second stylesheet.
export default {
  darkMode: 'class',
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      fontFamily: {
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
} satisfies Config
