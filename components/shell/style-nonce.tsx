"use client";

import { setNonce } from "get-nonce";

/**
 * Components that inject <style> elements at run time (Radix's scroll lock, through
 * react-style-singleton) take this request's CSP nonce, so the strict style-src allows them.
 */
export function StyleNonce({ nonce }: { nonce: string | undefined }) {
  if (nonce) setNonce(nonce);
  return null;
}
