// Public API of the coding judge.
export { createCodeJudge, JudgeInputError, type CodeJudgeOptions } from "./code-judge";
export { loadCodingProblem, loadCodingProblemBySlug, loadCodingProblems, type CodingProblem, type CodingProblemResult, type Mutant } from "./problem-loader";
export type * from "./types";
