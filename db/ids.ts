const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value from outside (a URL, a form) can be a row id, before a query sees it. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
