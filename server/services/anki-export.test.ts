import { describe, expect, it } from "vitest";
import { ankiBack, toAnkiText, type AnkiCard } from "./anki-export";

const card = (overrides: Partial<AnkiCard> = {}): AnkiCard => ({
  id: "caching-basics",
  title: "What is caching?",
  topic: "caching",
  difficulty: "easy",
  level: "junior",
  tags: ["cache-aside", "ttl"],
  shortAnswer: "A cache keeps a copy of data in faster storage.",
  keyPoints: ["Faster reads", "Staleness is the price"],
  ...overrides,
});

describe("toAnkiText", () => {
  it("starts with the header lines and writes one tab-separated note per question", () => {
    const text = toAnkiText([card(), card({ id: "caching-ttl", title: "What is a TTL?" })]);
    const lines = text.split("\n");
    expect(lines.slice(0, 4)).toEqual(["#separator:tab", "#html:true", "#tags column:3", "#guid column:4"]);
    expect(lines.at(-1)).toBe(""); // ends with a newline
    const notes = lines.slice(4, -1);
    expect(notes).toHaveLength(2);
    expect(notes[0]!.split("\t")).toEqual([
      "What is caching?",
      "<p>A cache keeps a copy of data in faster storage.</p><p><b>Key points</b></p><ul><li>Faster reads</li><li>Staleness is the price</li></ul>",
      "topic::caching difficulty::easy level::junior cache-aside ttl",
      "backprep-caching-basics",
    ]);
    expect(notes[1]!.split("\t")[3]).toBe("backprep-caching-ttl");
  });

  it("escapes markup and never lets a tab, newline or leading quote break a note", () => {
    const text = toAnkiText([
      card({
        title: '"Quoted" <script>alert(1)</script>\tand a tab',
        shortAnswer: "First line with <img src=x onerror=alert(1)> & `code`\nsecond line with **bold**\n\nNew paragraph.",
        keyPoints: ["a < b\tc"],
      }),
    ]);
    const note = text.split("\n")[4]!;
    const fields = note.split("\t");
    expect(fields).toHaveLength(4);
    expect(fields[0]).toBe("&quot;Quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt; and a tab");
    expect(fields[1]).toBe(
      "<p>First line with &lt;img src=x onerror=alert(1)&gt; &amp; <code>code</code><br>second line with <b>bold</b></p><p>New paragraph.</p><p><b>Key points</b></p><ul><li>a &lt; b c</li></ul>",
    );
    expect(text).not.toMatch(/<script|<img/);
    expect(text.split("\n")).toHaveLength(6);
  });

  it("leaves out the key points block when there are none", () => {
    expect(ankiBack({ shortAnswer: "Only this.", keyPoints: [] })).toBe("<p>Only this.</p>");
  });
});
