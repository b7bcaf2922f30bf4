type Item = [createdAt: number, id: number];
type Page = { items: Item[]; nextCursor: string | null } | { error: string };

function paginate(items: Item[], pageSize: number, cursor: string | null): Page {
  return { items: [], nextCursor: null };
}
