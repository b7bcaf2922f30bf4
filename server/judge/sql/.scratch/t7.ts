import { loadSqlContent } from "../problem-loader";
const c = await loadSqlContent();
console.log(c.problems.length, c.datasets.length, c.errors);
