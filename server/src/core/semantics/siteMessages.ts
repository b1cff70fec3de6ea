// Text shared by the messages of the expression checks (expressionSites.ts, jsonataSites.ts).

export const MAP_ITEM_SHORT =
  "The Context object has Map.Item (the current item and its index) only while a Map state builds each item's input";

/** A value shortened for a message. */
export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
