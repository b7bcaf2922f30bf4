import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The SPA is built into web/dist and served by the Fastify server; in development
// Vite serves it with hot reload and proxies the API to the server on :3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 700 },
  server: {
    port: 5173,
    proxy: { "/api": "http://localhost:3000", "/healthz": "http://localhost:3000" },
  },
});
