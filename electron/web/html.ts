import { META_NONCE, META_TOKEN } from '../../shared/ipc/bridge';

/**
 * Adds the page load's nonce (and, in the preview, the per-run API token) to index.html as
 * meta tags the renderer reads at start, and stamps the nonce on the page's own style tags.
 */
export function injectPageMeta(html: string, meta: { nonce: string; token?: string }): string {
  const tags = [`<meta name="${META_NONCE}" content="${meta.nonce}">`];
  if (meta.token) tags.push(`<meta name="${META_TOKEN}" content="${meta.token}">`);
  return html
    .replace(/<style(?=[\s>])/g, `<style nonce="${meta.nonce}"`)
    .replace(/<head>/i, `<head>\n    ${tags.join('\n    ')}`);
}
