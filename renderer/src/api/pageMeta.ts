import { META_NONCE, META_TOKEN } from '../../../shared/ipc/bridge';

/** Reads a `<meta name=… content=…>` tag that main injected into index.html. */
function readMeta(name: string): string | null {
  const element = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  return element?.content || null;
}

/**
 * What main told this page load: the nonce its runtime style tags must carry (the CSP allows
 * no other inline style) and, in the browser preview, the token the API expects.
 * Read once at start; both stay the same for the life of the page.
 */
export const pageMeta = {
  nonce: readMeta(META_NONCE) ?? '',
  token: readMeta(META_TOKEN),
};
