"use client";

import { setNonce } from "get-nonce";

/**
 * Components that inject <style> elements at run time (Radix's scroll lock, through
 * react-style-singleton) take the CSP nonce of this document — the one its policy allows. It is
 * read from the page's own nonced scripts: a nonce passed down from a later client navigation
 * would belong to another response.
 */
export function StyleNonce() {
  if (typeof document !== "undefined") {
    const nonce = document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce;
    if (nonce) setNonce(nonce);
  }
  return null;
}
