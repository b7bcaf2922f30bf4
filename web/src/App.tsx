/** Routes: public auth pages, and the signed-in app inside the shell. */
import { lazy, Suspense } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router-dom";
import { useAuth } from "./auth";
import { Layout } from "./components/Layout";
import { LoginPage, RegisterPage } from "./pages/AuthPages";
import { NotFoundPage } from "./pages/NotFoundPage";
import { TodayPage } from "./pages/TodayPage";
import { QuestionsPage } from "./pages/QuestionsPage";
import { QuestionPage } from "./pages/QuestionPage";
import { SettingsPage } from "./pages/SettingsPage";
import { PlaceholderPage } from "./pages/PlaceholderPage";
import { ProgressPage } from "./pages/ProgressPage";

// Editor pages pull in CodeMirror: load them only when visited.
const CodingPages = lazy(() => import("./pages/CodingPages"));
const SqlPages = lazy(() => import("./pages/SqlPages"));
const AuthoringPages = lazy(() => import("./pages/AuthoringPages"));
const loading = <p className="muted" aria-busy="true">Loading…</p>;

function RequireUser({ children }: { children: React.ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <p className="muted" aria-busy="true">Loading…</p>;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register" element={<RegisterPage />} />
      <Route element={<Layout />}>
        <Route index element={<RequireUser><TodayPage /></RequireUser>} />
        <Route path="/questions" element={<QuestionsPage />} />
        <Route path="/questions/:id" element={<QuestionPage />} />
        <Route path="/coding/*" element={<Suspense fallback={loading}><CodingPages /></Suspense>} />
        <Route path="/sql/*" element={<Suspense fallback={loading}><SqlPages /></Suspense>} />
        <Route path="/authoring/*" element={<RequireUser><Suspense fallback={loading}><AuthoringPages /></Suspense></RequireUser>} />
        <Route path="/design" element={<PlaceholderPage title="System design" />} />
        <Route path="/interview" element={<PlaceholderPage title="Mock interview" />} />
        <Route path="/progress" element={<RequireUser><ProgressPage /></RequireUser>} />
        <Route path="/settings" element={<RequireUser><SettingsPage /></RequireUser>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
