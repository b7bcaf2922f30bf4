class UrlShortener {
  constructor(startId: number) {}

  shorten(url: string): string {
    return "";
  }

  expand(code: string): string | null {
    return null;
  }
}
