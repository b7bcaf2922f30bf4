// Uses base * 2^(i + 1) instead of base * 2^i.
function retryDelays(baseMs, capMs, retries, strategy, randoms, budgetMs) {
  const delays = [];
  let prev = baseMs;
  let total = 0;
  for (let i = 0; i < retries; i++) {
    // 2 ** i overflows to Infinity for large i, and min() still gives capMs
    const ceil = Math.min(capMs, baseMs * 2 ** (i + 1));
    let delay;
    switch (strategy) {
      case "none":
        delay = ceil;
        break;
      case "full":
        delay = Math.floor(randoms[i] * ceil);
        break;
      case "equal": {
        const half = Math.floor(ceil / 2);
        delay = half + Math.floor(randoms[i] * (ceil - half));
        break;
      }
      case "decorrelated":
        delay = Math.min(capMs, baseMs + Math.floor(randoms[i] * (3 * prev - baseMs)));
        prev = delay;
        break;
      default:
        throw new Error(`unknown strategy ${strategy}`);
    }
    if (budgetMs !== null && total + delay > budgetMs) break;
    total += delay;
    delays.push(delay);
  }
  return delays;
}
