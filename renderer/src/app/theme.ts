import { createTheme, darken, mergeThemeOverrides, type CSSVariablesResolver } from '@mantine/core';

/** Calm and dense: a register people read all day. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  components: {
    // Mantine's menus open with a focus placeholder (a role-less div with a tabindex) inside
    // role="menu", which a menu may not hold (axe: aria-required-children); without it the
    // first item takes the focus.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
  },
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.5rem', lineHeight: '1.3' },
      h2: { fontSize: '1.2rem', lineHeight: '1.35' },
      h3: { fontSize: '1rem', lineHeight: '1.4' },
    },
  },
});

/**
 * Secondary ("dimmed") text dark enough to read: Mantine's grey is 3.3:1 on white, below the
 * 4.5:1 WCAG AA asks of body text; this one is about 6:1 on white and 5.6:1 on the light greys.
 */
export const DIMMED = '#5c636a';

/**
 * Text on light badges and outline buttons/badges dark enough too: Mantine's shade 9 on its
 * shade 1 is below 4.5:1 for yellow, orange or teal, and its outline shade 7 on white is
 * below it for most colours. Each colour's text is its shade 9 darkened.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': DIMMED };
  for (const [name, shades] of Object.entries(current.colors)) {
    const deepest = shades[9];
    if (name === 'dark' || !deepest) continue;
    light[`--mantine-color-${name}-light-color`] = darken(deepest, 0.45);
    light[`--mantine-color-${name}-outline`] = darken(deepest, 0.3);
  }
  return { variables: {}, light, dark: {} };
};

/** The theme with the words it needs in the reader's language (notifications' close button). */
export function themeIn(closeLabel: string) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
      },
    }),
  );
}
