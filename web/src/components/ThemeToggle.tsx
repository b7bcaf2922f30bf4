import { useState } from "react";
import { applyTheme, storedTheme, type ThemeChoice } from "../theme";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

/** Cycles system → light → dark; "system" follows the OS setting. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  return (
    <button
      className="btn ghost small"
      aria-label={`${LABEL[choice]}. Switch to ${NEXT[choice]}`}
      onClick={() => {
        const next = NEXT[choice];
        applyTheme(next);
        setChoice(next);
      }}
    >
      {choice === "dark" ? "☾" : choice === "light" ? "☀" : "◐"} {LABEL[choice]}
    </button>
  );
}
