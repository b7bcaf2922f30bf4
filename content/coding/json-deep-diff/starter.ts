type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Change =
  | { op: "add"; path: string; value: Json }
  | { op: "remove"; path: string; old: Json }
  | { op: "replace"; path: string; old: Json; value: Json };

function deepDiff(a: Json, b: Json): Change[] {
  return [];
}
