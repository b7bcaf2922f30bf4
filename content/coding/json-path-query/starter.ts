type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function queryPath(doc: Json, path: string): Json[] | null {
  return null;
}
