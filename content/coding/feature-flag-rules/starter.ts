type AttrValue = string | number | boolean | null;

function evaluateRule(rule: string, context: Record<string, AttrValue>): boolean | null {
  return null;
}
