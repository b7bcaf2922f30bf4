/** Routes: public auth pages, and the signed-in app inside the shell. */
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
        <Route path="/coding" element={<PlaceholderPage title="Coding challenges" />} />
        <Route path="/sql" element={<PlaceholderPage title="SQL challenges" />} />
        <Route path="/design" element={<PlaceholderPage title="System design" />} />
        <Route path="/interview" element={<PlaceholderPage title="Mock interview" />} />
        <Route path="/progress" element={<RequireUser><ProgressPage /></RequireUser>} />
        <Route path="/settings" element={<RequireUser><SettingsPage /></RequireUser>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
