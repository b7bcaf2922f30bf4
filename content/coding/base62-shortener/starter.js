class UrlShortener {
  /** @param {number} startId */
  constructor(startId) {}

  /** @param {string} url @returns {string} */
  shorten(url) {}

  /** @param {string} code @returns {string | null} */
  expand(code) {}
}
