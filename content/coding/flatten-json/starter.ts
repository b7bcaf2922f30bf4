type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function flattenJson(doc: { [key: string]: Json }): { [path: string]: Json } {
  return {};
}
