/**
 * Spoken answers with the browser's Web Speech API: a live transcript the user can
 * correct before submitting. Audio stays in the browser; only the text is sent.
 */
import { useEffect, useRef, useState } from "react";

interface RecognitionResult { isFinal: boolean; 0: { transcript: string } }
interface RecognitionEvent { resultIndex: number; results: ArrayLike<RecognitionResult> }
interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((e: RecognitionEvent) => void) | null;
  onend: (() => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  start(): void;
  stop(): void;
}

function recognitionConstructor(): (new () => Recognition) | undefined {
  const w = window as unknown as { SpeechRecognition?: new () => Recognition; webkitSpeechRecognition?: new () => Recognition };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

export const speechSupported = () => recognitionConstructor() !== undefined;

export function SpeechInput(props: { onTranscript(text: string): void; onDuration(seconds: number): void; base: string }) {
  const [recording, setRecording] = useState(false);
  const [error, setError] = useState<string>();
  const recognition = useRef<Recognition | null>(null);
  const startedAt = useRef(0);
  const { onTranscript, onDuration, base } = props;

  useEffect(() => () => recognition.current?.stop(), []);

  const start = () => {
    const Ctor = recognitionConstructor();
    if (!Ctor) return;
    const r = new Ctor();
    r.continuous = true;
    r.interimResults = true;
    r.lang = navigator.language || "en-US";
    let finalText = base ? `${base.trimEnd()} ` : "";
    r.onresult = (event) => {
      let interim = "";
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i]!;
        if (result.isFinal) finalText += `${result[0].transcript.trim()} `;
        else interim += result[0].transcript;
      }
      onTranscript((finalText + interim).trimStart());
    };
    r.onerror = (e) => setError(e.error === "not-allowed" ? "Microphone access was denied." : `Speech recognition stopped: ${e.error}`);
    r.onend = () => {
      setRecording(false);
      onDuration(Math.round((Date.now() - startedAt.current) / 1000));
    };
    recognition.current = r;
    startedAt.current = Date.now();
    setError(undefined);
    r.start();
    setRecording(true);
  };

  if (!speechSupported()) {
    return <p className="small muted">Your browser has no speech recognition; type your answer instead.</p>;
  }
  return (
    <div className="row">
      {recording ? (
        <button type="button" className="btn" onClick={() => recognition.current?.stop()} aria-live="polite">■ Stop recording</button>
      ) : (
        <button type="button" className="btn" onClick={start}>● Record answer</button>
      )}
      {recording && <span className="small muted">Listening… speak your answer; you can edit the transcript afterwards.</span>}
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}
